import { seedFacility, seedUser, uniqueTag } from '../../core/accounts';
import { enrolledStaff, expect, signInWithCode, test } from '../../core/workspace-test';

// At 1280 px (desktop-chromium) and again at 375 px (the `mobile` project runs tests tagged @mobile).
test.describe('a clinician', { tag: '@mobile' }, () => {
  test('lands on an empty "My patients", creates a patient, and records two sets of vitals, newest listed first', async ({
    page,
    baseURL,
    patientsPage,
    newPatientPage,
    chartPage,
    expectAccessible,
  }) => {
    const tag = uniqueTag();
    const facility = `Juniper Clinic ${tag}`;
    const facilityId = seedFacility(facility);
    const clinician = await enrolledStaff(baseURL ?? '', 'clinician', `Casey Clinician ${tag}`, facilityId);
    const colleague = seedUser('clinician', `Jamie Colleague ${tag}`, facilityId);
    const patient = { givenName: 'Robin', familyName: `Sample ${tag}`, birthDate: '1980-04-30' };

    await test.step('When I sign in with my password and authenticator code', async () => {
      await signInWithCode(page, clinician);
    });

    await test.step('Then I land on "My patients", which is empty and offers to create one', async () => {
      await patientsPage.expectOpen('My patients');
      await patientsPage.expectWorkspaceFrame();
      await expect(patientsPage.emptyState).toBeVisible();
      await patientsPage.expectNoHorizontalScroll();
      await expectAccessible('my patients, empty');
    });

    await test.step('When I create a patient', async () => {
      await patientsPage.createLink.click();
      await newPatientPage.expectOpen('Create a patient');
      await expectAccessible('create a patient');
      await newPatientPage.create(patient);
    });

    await test.step('Then their chart opens under a patient banner, with me on the care team', async () => {
      await chartPage.expectOpen(`${patient.familyName}, ${patient.givenName}`);
      await expect(chartPage.breadcrumb.getByRole('link', { name: 'My patients' })).toBeVisible();
      await expect(chartPage.careTeam).toContainText(clinician.name);
      await expect(page.getByText('No vitals recorded.')).toBeVisible();
      await chartPage.expectNoHorizontalScroll();
      await expectAccessible('chart, no vitals');
    });

    await test.step('When I add a colleague of my facility to the care team by name', async () => {
      await chartPage.careTeam.getByRole('searchbox', { name: 'Add a clinician to the care team' }).fill('jamie col');
      await chartPage.careTeam.getByRole('button', { name: new RegExp(`^Add ${colleague.name}`) }).click();
      await expect(chartPage.careTeam.getByText(`${colleague.name} is on the care team.`)).toBeVisible();
      await expect(chartPage.careTeam.getByRole('listitem').filter({ hasText: colleague.name })).toContainText(
        'Clinician',
      );
      await expectAccessible('chart, care team changed');
    });

    await test.step('When I leave the time empty, the form says so at the field', async () => {
      await chartPage.recordVitals({ takenAt: '', heartRate: '80' });
      await expect(page.getByRole('link', { name: /^Time taken: / })).toBeVisible();
      await expectAccessible('vitals form with an error');
    });

    await test.step('When I record two sets of vitals, the older one first', async () => {
      await chartPage.recordVitals({
        takenAt: '2026-03-01T08:30',
        heartRate: '88',
        systolic: '128',
        diastolic: '82',
        temperature: '36.8',
        respiratoryRate: '16',
        oxygenSaturation: '97',
      });
      await expect(page.getByText('Vitals saved.')).toBeVisible();
      await expect(chartPage.vitalsRows).toHaveCount(1);
      await chartPage.recordVitals({ takenAt: '2026-03-01T12:15', heartRate: '72', temperature: '37.1' });
      await expect(chartPage.vitalsRows).toHaveCount(2);
    });

    await test.step('Then both are listed, the newest first, with who recorded them', async () => {
      await expect(chartPage.vitalsRows.nth(0)).toContainText('72 /min');
      await expect(chartPage.vitalsRows.nth(0)).toContainText('37.1 °C');
      await expect(chartPage.vitalsRows.nth(1)).toContainText('88 /min');
      await expect(chartPage.vitalsRows.nth(1)).toContainText('128/82 mmHg');
      await expect(chartPage.vitalsRows.nth(1)).toContainText(clinician.name);
      await chartPage.expectNoHorizontalScroll();
      await expectAccessible('chart with two sets of vitals');
    });

    await test.step('And the patient is on "My patients"', async () => {
      await chartPage.breadcrumb.getByRole('link', { name: 'My patients' }).click();
      await expect(patientsPage.patientLink(`${patient.familyName}, ${patient.givenName}`)).toBeVisible();
      await expectAccessible('my patients, one patient');
    });
  });

  test('who opens an admin page is told they have no access, with a way back', async ({
    page,
    baseURL,
    patientsPage,
    expectAccessible,
  }) => {
    const tag = uniqueTag();
    const clinician = await enrolledStaff(
      baseURL ?? '',
      'clinician',
      `Drew Clinician ${tag}`,
      seedFacility(`Aspen Clinic ${tag}`),
    );
    await signInWithCode(page, clinician);
    await patientsPage.expectOpen('My patients');

    await page.goto('/admin/users');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText("You don't have access to this page");
    await expect(page.getByText('Page not found')).toHaveCount(0);
    await expectAccessible('no access');

    await page.getByRole('link', { name: 'Go to your start page' }).click();
    await patientsPage.expectOpen('My patients');
  });
});
