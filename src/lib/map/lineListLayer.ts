/**
 * A deck.gl layer of thin lines, one pixel wide: each segment two vertices of a GL line list, drawn
 * without instancing. Software WebGL (SwiftShader) pays for every instance of an instanced draw, and
 * PathLayer draws each segment as an instance: a file of 100,000 rows, a third lines and a third areas
 * (500,000 segments), took 17 s a frame drawn so, and 1.3 s with its segments in a line list (the
 * README's Performance). Each vertex carries the row it draws, which picking reports as the index.
 */
import { Layer, color, picking, project32, type Accessor, type Color, type DefaultProps, type LayerProps, type Position, type UpdateParameters } from '@deck.gl/core';
import type { Model } from '@luma.gl/engine';
import { drawVertices, vertexModel } from './vertexModel';

/** What a LineListLayer draws: vertex 2k and 2k + 1 make segment k; each vertex's colour and row. */
export interface LineListLayerProps {
	getPosition: Accessor<unknown, Position>;
	getColor: Accessor<unknown, Color>;
	getRow: Accessor<unknown, number>;
}

const vs = /* glsl */ `#version 300 es
#define SHADER_NAME line-list-layer-vertex-shader
in vec3 positions;
in vec3 positions64Low;
in vec4 colors;
in float rows;
out vec4 vColor;
void main(void) {
  geometry.worldPosition = positions;
  geometry.pickingColor = picking_getPickingColorFromIndex(rows);
  gl_Position = project_position_to_clipspace(positions, positions64Low, vec3(0.0), geometry.position);
  DECKGL_FILTER_GL_POSITION(gl_Position, geometry);
  vColor = vec4(colors.rgb, colors.a * layer.opacity);
  DECKGL_FILTER_COLOR(vColor, geometry);
}
`;

const fs = /* glsl */ `#version 300 es
#define SHADER_NAME line-list-layer-fragment-shader
precision highp float;
in vec4 vColor;
out vec4 fragColor;
void main(void) {
  fragColor = vColor;
  DECKGL_FILTER_COLOR(fragColor, geometry);
}
`;

/** See the module's comment. */
export class LineListLayer extends Layer<LineListLayerProps & LayerProps> {
	static override layerName = 'LineListLayer';
	static override defaultProps: DefaultProps<LineListLayerProps> = {
		getPosition: { type: 'accessor', value: (x: unknown) => (x as { position: Position }).position },
		getColor: { type: 'accessor', value: [0, 0, 0, 255] },
		getRow: { type: 'accessor', value: 0 }
	};
	declare state: { model?: Model };

	override getShaders() {
		return super.getShaders({ vs, fs, modules: [project32, color, picking] });
	}

	override initializeState() {
		this.getAttributeManager()!.add({
			positions: { size: 3, type: 'float64', fp64: this.use64bitPositions(), accessor: 'getPosition' },
			colors: { size: 4, type: 'unorm8', accessor: 'getColor', defaultValue: [0, 0, 0, 255] },
			rows: { size: 1, type: 'float32', accessor: 'getRow' }
		});
	}

	override updateState(params: UpdateParameters<this>) {
		super.updateState(params);
		if (params.changeFlags.extensionsChanged) this.state.model = vertexModel(this, this.state.model, this.getShaders(), 'line-list');
	}

	override draw() {
		drawVertices(this, this.state.model!);
	}
}
