/**
 * What the large layers' own deck.gl layers (DotLayer, LineListLayer) share: a model that draws one
 * vertex per row of their attributes, not instanced, since software WebGL (SwiftShader) pays for every
 * instance of an instanced draw.
 */
import type { Layer } from '@deck.gl/core';
import { Model } from '@luma.gl/engine';

/**
 * A new model for `layer` (the old one destroyed), drawing `topology` from its shaders, its attributes
 * made again for it. Per vertex: the extensions' 'dynamic' attributes follow the model, which is not
 * instanced.
 */
export function vertexModel(layer: Layer, old: Model | undefined, shaders: object, topology: 'point-list' | 'line-list'): Model {
	old?.destroy();
	const model = new Model(layer.context.device, {
		...shaders,
		id: layer.props.id,
		bufferLayout: layer.getAttributeManager()!.getBufferLayouts({ isInstanced: false }),
		topology,
		isInstanced: false
	});
	layer.getAttributeManager()!.invalidateAll();
	return model;
}

/** Draws every vertex of `layer` with `model`. */
export function drawVertices(layer: Layer, model: Model): void {
	model.setVertexCount(layer.getNumInstances());
	model.draw(layer.context.renderPass);
}
