// GitHub's URLs, named once: the defaults when the runner names none (GitHub Enterprise and
// ghe.com set GITHUB_SERVER_URL and GITHUB_API_URL).

export const GITHUB_SERVER_URL = 'https://github.com';
export const GITHUB_API_URL = 'https://api.github.com';

/** The server and REST API the runner's variables name, else github.com's. */
export function githubUrls(env: Record<string, string | undefined>): {
  serverUrl: string;
  apiUrl: string;
} {
  return {
    serverUrl: env.GITHUB_SERVER_URL || GITHUB_SERVER_URL,
    apiUrl: env.GITHUB_API_URL || GITHUB_API_URL,
  };
}
