import { builtDocument, pagesIn } from '../support/built-pages';
import { twinOf, viewRadio } from '../support/parallel';
import { expect, test } from './fixtures';

const speechPages = pagesIn('vi').filter((path) => /^\/vi\/speeches\/[^/]+\/$/.test(path));

test('switching language lands on the twin and keeps the paragraph', async ({ page }) => {
  const path = speechPages[0]!;
  await page.goto(`${path}#p7`);
  await expect(page.locator('#p7')).toBeInViewport();

  await page.getByRole('link', { name: 'English', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${path.replace('/vi/', '/en/')}#p7$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('#p7')).toBeInViewport();
  await expect(page.locator('.para:target')).toHaveAttribute('id', 'p7');

  await page.getByRole('link', { name: 'Tiếng Việt', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${path}#p7$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
});

test('the switch follows a fragment chosen after the page loaded', async ({ page }) => {
  const path = speechPages[0]!;
  await page.goto(path);
  await page.locator('#p3 .para-number').click();
  await expect(page).toHaveURL(/#p3$/);
  await page.getByRole('link', { name: 'English', exact: true }).click();
  await expect(page).toHaveURL(/\/en\/speeches\/[^/]+\/#p3$/);
});

test('the switch keeps the parallel view chosen on the page', async ({ page }) => {
  const path = speechPages[0]!;
  await page.goto(`${path}#p7`);
  await viewRadio(page, 'vi', 'both').check();
  await expect(twinOf(page, 7)).toBeVisible();
  await page.getByRole('link', { name: 'English', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${path.replace('/vi/', '/en/')}\\?view=both#p7$`));
  await expect(twinOf(page, 7)).toHaveAttribute('lang', 'vi');
  await expect(viewRadio(page, 'en', 'both')).toBeChecked();

  // Back to one language: the twin page opens in its own language alone.
  await viewRadio(page, 'en', 'en').check();
  await page.getByRole('link', { name: 'Tiếng Việt', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${path}#p7$`));
  await expect(twinOf(page, 7)).toBeHidden();
});

test('the switch works from the keyboard', async ({ page }) => {
  await page.goto('/en/');
  // Leaving before the fonts arrive would abort their requests, which the fixture counts as failures.
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
  const toggle = page.getByRole('link', { name: 'Tiếng Việt', exact: true });
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/vi\/$/);
});

// Read from the built pages: the anchors are written at build time.
test('every speech has the same ¶ anchors in both languages', () => {
  expect(speechPages.length).toBeGreaterThan(0);
  for (const path of speechPages) {
    const anchorsOf = (page: string) => [...builtDocument(page).querySelectorAll('.para')].map((node) => node.id);
    const viAnchors = anchorsOf(path);
    expect(viAnchors.length, path).toBeGreaterThan(0);
    expect(anchorsOf(path.replace('/vi/', '/en/')), path).toEqual(viAnchors);
  }
});
