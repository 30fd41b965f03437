import { readFile } from 'node:fs/promises';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { expect, test } from '../../core/accounts-test';
import { seedFacility, seedUser, uniqueTag } from '../../core/accounts';
import { totpCode } from '../../core/totp';

/** New recovery codes avoid look-alike characters: no 0/O/o, 1/l/I/i (server auth/recovery-codes.ts). */
const RECOVERY_CODE = /^[2-9a-hjkmnp-z]{5}-[2-9a-hjkmnp-z]{5}$/;

/**
 * @param png - A screenshot.
 * @returns The text of the QR code in it, as a phone camera would read it.
 */
function decodeQr(png: Buffer): string | null {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data ?? null;
}

test.describe('setting up an authenticator app', { tag: '@mobile' }, () => {
  test('a clinician scans a QR code drawn in the page: it holds the same otpauth URI as the text', async ({
    page,
    baseURL,
    signInPage,
    accountPage,
    expectAccessible,
  }) => {
    const tag = uniqueTag();
    const facilityId = seedFacility(`Birch Road Clinic ${tag}`);
    const clinician = seedUser('clinician', `Drew Sample ${tag}`, facilityId);
    const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
    const thirdParty: string[] = [];
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(origin) && !url.startsWith('blob:')) {
        thirdParty.push(url);
      }
    });

    await test.step('Given I sign in for the first time, I am asked to set up the app', async () => {
      await signInPage.goto();
      await signInPage.signIn(clinician.email, clinician.password);
      await accountPage.expectOpen('Account settings');
      await expect(accountPage.secondFactorRequired).toBeVisible();
    });

    let totpUri = '';
    await test.step('When I confirm my password, I see a QR code beside the key', async () => {
      await accountPage.password.fill(clinician.password);
      await accountPage.startButton.click();
      await expect(accountPage.qrCode).toBeVisible();
      await accountPage.showSetupLink.click();
      totpUri = (await accountPage.setupLink.textContent()) ?? '';
      expect(totpUri).toMatch(/^otpauth:\/\/totp\//);
      await expectAccessible('authenticator enrolment with QR code');
    });

    await test.step('Then the QR code decodes to exactly the otpauth URI shown as text', async () => {
      expect(decodeQr(await accountPage.qrCode.screenshot())).toBe(totpUri);
    });

    await test.step('And the recovery codes have no look-alike characters and download as a text file', async () => {
      const codes = await accountPage.recoveryCodes.allTextContents();
      expect(codes).toHaveLength(10);
      for (const code of codes) {
        expect(code).toMatch(RECOVERY_CODE);
      }
      const downloading = page.waitForEvent('download');
      await accountPage.downloadCodesButton.click();
      const download = await downloading;
      expect(download.suggestedFilename()).toBe('kratom-care-recovery-codes.txt');
      const text = await readFile(await download.path(), 'utf8');
      expect(text.trim().split('\n').slice(-10)).toEqual(codes);
      await expect(accountPage.printCodesButton).toBeVisible();
    });

    await test.step('When I enter the code the app shows, the app is turned on', async () => {
      await accountPage.code.fill(totpCode(totpUri));
      await accountPage.turnOnButton.click();
      await expect(accountPage.enabledNotice).toBeVisible();
    });

    // Nothing was asked of another server to draw the code (no QR image service sees the secret).
    expect(thirdParty).toEqual([]);
  });
});
