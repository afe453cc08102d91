// SPDX-License-Identifier: EUPL-1.2
/** A page whose data is not there: "loading", or its heading with the problem. */
import { Heading } from '@utrecht/component-library-react';
import { Loading } from '../../../components/Loading.tsx';
import { ProblemAlert } from '../../../components/ProblemAlert.tsx';

export function NotReady({ title, error }: { title: string; error: unknown }) {
  if (error === undefined) {
    return <Loading />;
  }
  return (
    <>
      <Heading level={1}>{title}</Heading>
      <ProblemAlert error={error} />
    </>
  );
}
