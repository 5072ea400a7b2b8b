/**
 * A deck.gl layer extension that turns the date and the category filters into how strongly each row of
 * a large layer is drawn, in the shader: the rows DataFilterExtension lets through fade by days since
 * they ended (the domain's steps), and a row whose category is filtered out is hidden. It reads
 * DataFilterExtension's [from, to, category] values, so it comes after that extension.
 */
import { LayerExtension, type Layer } from '@deck.gl/core';
import { fadeExpression } from './gpuFilter';

/** The props it adds to a layer: the date, whether ended rows fade, and the categories shown (bit i: category i). */
export interface DayLookProps {
	lookDay: number;
	lookFade: boolean;
	/** 128 bits as four 32-bit words. */
	lookMask: [number, number, number, number];
}

// DataFilterExtension's module sets dataFilter_value (0 hides) at the start of main(); this runs after
// it (a later module, and a higher order than its injection's 0).
const afterFilter = /* glsl */ `
  if (dataFilter_value > 0.0) {
    uint category = uint(filterValues.z);
    if (((dayLook.mask[category / 32u] >> (category & 31u)) & 1u) == 0u) {
      dataFilter_value = 0.0;
    } else if (dayLook.fade > 0.5) {
      float age = max(0.0, dayLook.day - filterValues.y + 1.0);
      dataFilter_value *= ${fadeExpression('age')};
    }
  }
  // A row not drawn skips the rest (its projection above all): software WebGL runs every vertex on the CPU.
  if (dataFilter_value == 0.0) {
    gl_Position = vec4(0.0);
    return;
  }
`;

const module = {
	name: 'dayLook',
	vs: /* glsl */ `
layout(std140) uniform dayLookUniforms {
  float day;
  float fade;
  uvec4 mask;
} dayLook;
`,
	inject: { 'vs:#main-start': { injection: afterFilter, order: 1 } },
	uniformTypes: { day: 'f32', fade: 'f32', mask: 'vec4<u32>' }
} as const;

/** See the module's comment; `filterSize: 3` is required of the DataFilterExtension before it. */
export class DayLookExtension extends LayerExtension {
	static override extensionName = 'DayLookExtension';
	static override defaultProps = { lookDay: 0, lookFade: false, lookMask: [0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff] };

	override getShaders(this: Layer<DayLookProps>) {
		return { modules: [module] };
	}

	override draw(this: Layer<DayLookProps>) {
		const { lookDay, lookFade, lookMask } = this.props;
		this.setShaderModuleProps({ dayLook: { day: lookDay, fade: lookFade ? 1 : 0, mask: lookMask } });
	}
}
