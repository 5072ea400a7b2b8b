/**
 * The steps of adding a reader's file: reading it in a worker (with progress and a way out), picking
 * the columns when they cannot be told from the header, and the report of what was read, from which
 * the good rows are added. Nothing on the map changes until rows are added.
 */
import { startImport } from '../import/client';
import { recordCount, type ColumnMapping, type ImportOutcome, type ImportResult, type RowProblem } from '../import/types';

/** A file picked or dropped, or pasted text. */
export type ImportInput = { text: string } | { file: File };

export type ImportStep =
	| { kind: 'choose' }
	| { kind: 'reading'; name: string; fraction: number }
	| { kind: 'mapping'; name: string; input: ImportInput; headers: string[]; preview: string[][]; mapping: ColumnMapping; why: string }
	| { kind: 'report'; name: string; result: ImportResult }
	| { kind: 'error'; name: string; message: string }
	| { kind: 'added'; name: string; count: number; warnings: RowProblem[] };

export class Importer {
	step = $state.raw<ImportStep>({ kind: 'choose' });
	private running: { cancel(): void } | null = null;
	private readonly onAdd: (name: string, result: ImportResult) => void;

	private readonly gpuThreshold: number | undefined;

	/**
	 * `onAdd` adds what was read to the map: at once when every row was good, else from the report;
	 * `gpuThreshold` replaces the row count from which a file is drawn on the GPU (for the browser tests).
	 */
	constructor(onAdd: (name: string, result: ImportResult) => void, gpuThreshold?: number) {
		this.onAdd = onAdd;
		this.gpuThreshold = gpuThreshold;
	}

	/** Reads a file or pasted text, with the columns the reader picked if any. */
	async read(input: ImportInput, name: string, mapping?: ColumnMapping): Promise<void> {
		this.running?.cancel();
		this.step = { kind: 'reading', name, fraction: 0 };
		const run = startImport(
			input,
			mapping,
			(fraction) => {
				if (this.step.kind === 'reading') this.step = { ...this.step, fraction };
			},
			this.gpuThreshold
		);
		this.running = run;
		let outcome: ImportOutcome;
		try {
			outcome = await run.promise;
		} catch (e) {
			if (this.running !== run) return;
			this.running = null;
			const message = (e as Error).message;
			this.step = message === 'Import cancelled' ? { kind: 'choose' } : { kind: 'error', name, message: `${name} could not be read: ${message}` };
			return;
		}
		if (this.running !== run) return;
		this.running = null;
		this.show(outcome, input, name);
	}

	private show(outcome: ImportOutcome, input: ImportInput, name: string): void {
		if (outcome.kind === 'error') this.step = { kind: 'error', name, message: outcome.message };
		else if (outcome.kind === 'needs-mapping') this.step = { kind: 'mapping', name, input, headers: outcome.headers, preview: outcome.preview, mapping: outcome.guess, why: outcome.why };
		else if (outcome.result.problems.length === 0 && recordCount(outcome.result) > 0) this.add(name, outcome.result);
		else this.step = { kind: 'report', name, result: outcome.result };
	}

	private add(name: string, result: ImportResult): void {
		this.onAdd(name, result);
		this.step = { kind: 'added', name, count: recordCount(result), warnings: result.warnings ?? [] };
	}

	/** Adds the good rows of the file in the report. */
	accept(): void {
		const step = this.step;
		if (step.kind === 'report' && recordCount(step.result) > 0) this.add(step.name, step.result);
	}

	/** Reads the file again with the columns picked in the mapping step. */
	remap(mapping: ColumnMapping): Promise<void> {
		const step = this.step;
		if (step.kind !== 'mapping') return Promise.resolve();
		return this.read(step.input, step.name, mapping);
	}

	/** Stops reading, or leaves the report or the mapping without adding anything: the map keeps what it had. */
	cancel(): void {
		this.running?.cancel();
		this.running = null;
		this.step = { kind: 'choose' };
	}
}
