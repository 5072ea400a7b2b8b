/**
 * A deck.gl layer of round dots a few pixels wide, one GL point per row: ScatterplotLayer's stroked,
 * antialiased circle, drawn without instancing. Software WebGL (SwiftShader) pays for every instance
 * of an instanced draw: 100,000 instanced quads cost it about eight times as much as 100,000 points.
 */
import { Layer, color, picking, project32, type Accessor, type Color, type DefaultProps, type LayerProps, type Position, type UpdateParameters } from '@deck.gl/core';
import type { Model } from '@luma.gl/engine';
import { drawVertices, vertexModel } from './vertexModel';

/** What a DotLayer draws: where each row is and its colour, and one size and outline for all of them (sizes in CSS pixels, colours 0-255). */
export interface DotLayerProps {
	getPosition: Accessor<unknown, Position>;
	getFillColor: Accessor<unknown, Color>;
	radiusPixels: number;
	lineWidthPixels: number;
	lineColor: readonly [number, number, number, number];
}

const uniformBlock = /* glsl */ `
layout(std140) uniform dotUniforms {
  vec4 lineColor;
  float radius;
  float lineWidth;
} dot;
`;
const dotUniforms = {
	name: 'dot',
	vs: uniformBlock,
	fs: uniformBlock,
	uniformTypes: { lineColor: 'vec4<f32>', radius: 'f32', lineWidth: 'f32' }
} as const;

// As ScatterplotLayer's: the stroke is centred on the radius, and the point reaches half a pixel further for the antialiased edge.
const vs = /* glsl */ `#version 300 es
#define SHADER_NAME dot-layer-vertex-shader
in vec3 positions;
in vec3 positions64Low;
in vec4 fillColors;
out vec4 vFillColor;
out vec4 vLineColor;
out float outerRadiusPixels;
void main(void) {
  geometry.worldPosition = positions;
  geometry.pickingColor = picking_getPickingColorFromIndex(float(gl_VertexID));
  outerRadiusPixels = dot.radius + dot.lineWidth / 2.0;
  gl_Position = project_position_to_clipspace(positions, positions64Low, vec3(0.0), geometry.position);
  DECKGL_FILTER_GL_POSITION(gl_Position, geometry);
  gl_PointSize = 2.0 * (outerRadiusPixels + SMOOTH_EDGE_RADIUS) * project.devicePixelRatio;
  vFillColor = vec4(fillColors.rgb, fillColors.a * layer.opacity);
  DECKGL_FILTER_COLOR(vFillColor, geometry);
  vLineColor = vec4(dot.lineColor.rgb, dot.lineColor.a * layer.opacity);
  DECKGL_FILTER_COLOR(vLineColor, geometry);
}
`;

const fs = /* glsl */ `#version 300 es
#define SHADER_NAME dot-layer-fragment-shader
precision highp float;
in vec4 vFillColor;
in vec4 vLineColor;
in float outerRadiusPixels;
out vec4 fragColor;
void main(void) {
  vec2 unitPosition = (gl_PointCoord * 2.0 - 1.0) * (outerRadiusPixels + SMOOTH_EDGE_RADIUS) / outerRadiusPixels;
  geometry.uv = unitPosition;
  float distToCenter = length(unitPosition) * outerRadiusPixels;
  float inCircle = smoothedge(distToCenter, outerRadiusPixels);
  if (inCircle == 0.0) {
    discard;
  }
  float isLine = smoothedge(outerRadiusPixels - dot.lineWidth, distToCenter);
  fragColor = mix(vFillColor, vLineColor, isLine);
  fragColor.a *= inCircle;
  DECKGL_FILTER_COLOR(fragColor, geometry);
}
`;

const unit = (c: readonly number[]) => c.map((x) => x / 255);

/** See the module's comment. */
export class DotLayer extends Layer<DotLayerProps & LayerProps> {
	static override layerName = 'DotLayer';
	static override defaultProps: DefaultProps<DotLayerProps> = {
		getPosition: { type: 'accessor', value: (x: unknown) => (x as { position: Position }).position },
		getFillColor: { type: 'accessor', value: [0, 0, 0, 255] },
		radiusPixels: { type: 'number', min: 0, value: 5 },
		lineWidthPixels: { type: 'number', min: 0, value: 1 },
		lineColor: { type: 'color', value: [0, 0, 0, 255] }
	};
	declare state: { model?: Model };

	override getShaders() {
		return super.getShaders({ vs, fs, modules: [project32, color, picking, dotUniforms] });
	}

	override initializeState() {
		this.getAttributeManager()!.add({
			positions: { size: 3, type: 'float64', fp64: this.use64bitPositions(), accessor: 'getPosition' },
			fillColors: { size: 4, type: 'unorm8', accessor: 'getFillColor', defaultValue: [0, 0, 0, 255] }
		});
	}

	override updateState(params: UpdateParameters<this>) {
		super.updateState(params);
		if (params.changeFlags.extensionsChanged) this.state.model = vertexModel(this, this.state.model, this.getShaders(), 'point-list');
	}

	override draw() {
		const { lineColor, radiusPixels, lineWidthPixels } = this.props;
		const model = this.state.model!;
		model.shaderInputs.setProps({ dot: { lineColor: unit(lineColor), radius: radiusPixels, lineWidth: lineWidthPixels } });
		drawVertices(this, model);
	}
}
