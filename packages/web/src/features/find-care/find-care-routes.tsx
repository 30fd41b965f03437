import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../app/not-found-page';
import { CallBackPage } from './call-back-page';
import { CallBackSentPage } from './call-back-sent-page';
import { FacilityPage } from './facility-page';
import { FindCareLayout } from './find-care-layout';
import { FinderPage } from './finder-page';

/**
 * `/find-care/*`, public and without an account: the finder, a facility, the call-back request and its
 * confirmation. One lazy chunk (app/lazy-pages.ts), so the self-check's first load carries none of it.
 */
export function FindCareRoutes() {
  return (
    <Routes>
      <Route element={<FindCareLayout />}>
        <Route index element={<FinderPage />} />
        <Route path="facilities/:facilityId" element={<FacilityPage />} />
        <Route path="call-back" element={<CallBackPage />} />
        <Route path="call-back/sent" element={<CallBackSentPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
