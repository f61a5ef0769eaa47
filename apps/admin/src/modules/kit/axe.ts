import axe from 'axe-core';

/**
 * Runs axe-core on the rendered page and fails on serious or critical violations (the bar of
 * the e2e accessibility check). Colour contrast needs real layout, so it is left to the browser run.
 */
export async function expectNoSeriousA11yViolations(root: Element = document.body): Promise<void> {
  const result = await axe.run(root, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    rules: { 'color-contrast': { enabled: false } },
    resultTypes: ['violations'],
  });
  const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = serious.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.html.slice(0, 160)).join('\n  ')}`);
  expect(report).toEqual([]);
}
