import { describe, expect, it } from 'vitest';
import { prefixRootLinks } from '../../../src/site/integrations/baseLinks';

describe('prefixRootLinks', () => {
  it.each([
    ['<a href="/guides/x/">', '<a href="/refund-atlas/guides/x/">'],
    ['<a href="/refund-atlas/guides/x/">', '<a href="/refund-atlas/guides/x/">'],
    ['<a href="/refund-atlas/">', '<a href="/refund-atlas/">'],
    ['<a href="/refund-atlas-old/">', '<a href="/refund-atlas/refund-atlas-old/">'],
    ['<a href="/">', '<a href="/refund-atlas/">'],
    ['<a href="//cdn.example/x">', '<a href="//cdn.example/x">'],
    ['<a href="https://amazon.com/">', '<a href="https://amazon.com/">'],
    ['<a href="#sources">', '<a href="#sources">'],
    ['<script src="/_astro/a.js">', '<script src="/refund-atlas/_astro/a.js">'],
    ['<form action="/search/">', '<form action="/refund-atlas/search/">'],
    ['<p>see /guides/x/</p>', '<p>see /guides/x/</p>'],
  ])('%s → %s', (input, expected) => {
    expect(prefixRootLinks(input, '/refund-atlas/')).toBe(expected);
  });
});
