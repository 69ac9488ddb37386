import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { openWelcomeOnInstall, WELCOME_PATH } from './welcome';

describe('openWelcomeOnInstall', () => {
  beforeEach(() => fakeBrowser.reset());

  async function fire(reason: 'install' | 'update' | 'browser_update') {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    openWelcomeOnInstall();
    await fakeBrowser.runtime.onInstalled.trigger({ reason, temporary: false });
    return create;
  }

  it('opens the welcome page on a first install', async () => {
    const create = await fire('install');
    expect(create).toHaveBeenCalledTimes(1);
    expect(create.mock.calls[0]![0].url).toMatch(new RegExp(`${WELCOME_PATH}$`));
  });

  it('opens nothing on an update of the extension or of the browser', async () => {
    for (const reason of ['update', 'browser_update'] as const) {
      fakeBrowser.reset();
      expect(await fire(reason)).not.toHaveBeenCalled();
    }
  });
});
