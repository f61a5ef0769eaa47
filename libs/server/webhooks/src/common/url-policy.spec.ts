import { webhookUrlProblem } from './url-policy';

const dev = { allowHttp: false, allowLoopbackHttp: true };
const production = { allowHttp: false, allowLoopbackHttp: false };

describe('webhook URL policy', () => {
  it('accepts https anywhere and, outside production, http on loopback hosts', () => {
    expect(webhookUrlProblem('https://hooks.example.gov.vn/qt', production)).toBeNull();
    expect(webhookUrlProblem('http://localhost:8080/hook', dev)).toBeNull();
    expect(webhookUrlProblem('http://127.0.0.1:9/x', dev)).toBeNull();
    expect(webhookUrlProblem('http://[::1]:9/x', dev)).toBeNull();
    expect(webhookUrlProblem('http://localhost:8080/hook', production)).toMatch(/https/);
  });

  it('refuses http elsewhere unless WEBHOOK_ALLOW_HTTP, other schemes, credentials and fragments', () => {
    expect(webhookUrlProblem('http://hooks.example.gov.vn/qt', dev)).toMatch(/https/);
    expect(webhookUrlProblem('http://hooks.example.gov.vn/qt', { ...production, allowHttp: true })).toBeNull();
    expect(webhookUrlProblem('ftp://hooks.example.gov.vn/qt', { allowHttp: true, allowLoopbackHttp: true })).toMatch(/https/);
    expect(webhookUrlProblem('https://user:pw@hooks.example.gov.vn/', dev)).toMatch(/credentials/);
    expect(webhookUrlProblem('https://hooks.example.gov.vn/#x', dev)).toMatch(/fragment/);
    expect(webhookUrlProblem('/relative', dev)).toMatch(/absolute/);
  });
});
