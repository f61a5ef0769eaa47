import { webhookUrlProblem } from './url-policy';

describe('webhook URL policy', () => {
  it('accepts https anywhere and http on loopback hosts', () => {
    expect(webhookUrlProblem('https://hooks.example.gov.vn/qt', false)).toBeNull();
    expect(webhookUrlProblem('http://localhost:8080/hook', false)).toBeNull();
    expect(webhookUrlProblem('http://127.0.0.1:9/x', false)).toBeNull();
    expect(webhookUrlProblem('http://[::1]:9/x', false)).toBeNull();
  });

  it('refuses http elsewhere unless allowed, other schemes, credentials and fragments', () => {
    expect(webhookUrlProblem('http://hooks.example.gov.vn/qt', false)).toMatch(/https/);
    expect(webhookUrlProblem('http://hooks.example.gov.vn/qt', true)).toBeNull();
    expect(webhookUrlProblem('ftp://hooks.example.gov.vn/qt', true)).toMatch(/https/);
    expect(webhookUrlProblem('https://user:pw@hooks.example.gov.vn/', false)).toMatch(/credentials/);
    expect(webhookUrlProblem('https://hooks.example.gov.vn/#x', false)).toMatch(/fragment/);
    expect(webhookUrlProblem('/relative', false)).toMatch(/absolute/);
  });
});
