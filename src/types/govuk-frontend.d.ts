// GOV.UK Frontend ships no types for its per-component modules.
declare module 'govuk-frontend/dist/govuk/components/exit-this-page/exit-this-page.mjs' {
  export class ExitThisPage {
    constructor(root: Element, config?: Record<string, unknown>);
  }
}
