// SPDX-License-Identifier: EUPL-1.2
/** The part of autocannon 8/9 this benchmark uses (the package ships no types). */
declare module 'autocannon' {
  namespace autocannon {
    type Request = Record<string, unknown> & { path?: string };
    type Options = {
      url: string;
      duration?: number;
      amount?: number;
      connections?: number;
      overallRate?: number;
      method?: string;
      requests?: { setupRequest?: (request: Request) => Request }[];
    };
    type Instance = { on: (event: 'response', listener: (client: unknown, status: number) => void) => void };
  }
  function autocannon(options: autocannon.Options, done: (error: Error | null, result: unknown) => void): autocannon.Instance;
  export default autocannon;
}
