/**
 * The components editors can use in MDX without an import line: guides get them through
 * `<Content components={mdxComponents} />` in src/pages/guides/[slug].astro. Any other page that renders MDX
 * can pass the same object. How to use each one: CONTRIBUTING.md, "Components you can use in a guide".
 */
import Callout from './Callout.astro';
import FaqItem from './FaqItem.astro';
import RegionTable from './RegionTable.astro';
import RegionValue from './RegionValue.astro';
import Related from './Related.astro';
import Steps from './Steps.astro';

export const mdxComponents = { Callout, FaqItem, RegionTable, RegionValue, Related, Steps };
