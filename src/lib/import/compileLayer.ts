/**
 * A reader's layer in the atlas's one compiled model, with its look. Loaded only once a reader has a
 * layer: the explorer of a built atlas never needs the compiler in the browser.
 */
import { compileAtlas } from '../domain/compile';
import type { CompiledAtlas } from '../domain/feature';
import type { UserLayer } from './layers';
import { toAtlas } from './toAtlas';

/** The layer's records in the atlas's model, before its look is applied. */
export function compileRecords(layer: UserLayer): CompiledAtlas {
	return compileAtlas(toAtlas(layer.records, { id: layer.id, name: layer.name }));
}

/**
 * The layer's look on its compiled records, as new features: each names its layer in its panel's
 * first line, and each part it draws carries the layer's colour (`color`), which the map's layers
 * prefer to the category's.
 */
export function withLook(compiled: CompiledAtlas, layer: Pick<UserLayer, 'id' | 'name' | 'color'>): CompiledAtlas {
	return {
		features: compiled.features.map((f) => ({
			...f,
			detail: { ...f.detail, kindLine: `${layer.name} · ${f.detail.kindLine}` },
			parts: f.parts.map((p) => ({ ...p, props: { ...p.props, color: layer.color, layer: layer.id } }))
		}))
	};
}
