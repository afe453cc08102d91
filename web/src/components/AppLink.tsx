// SPDX-License-Identifier: EUPL-1.2
/** An NL Design System link that navigates inside the app without reloading the page. */
import { Link, type LinkProps } from '@utrecht/component-library-react';
import type { MouseEvent } from 'react';
import { isPlainLeftClick, useRouter } from '../lib/router.tsx';

export type AppLinkProps = LinkProps & { href: string };

/** Use for links to pages of the app; other links use Link. */
export function AppLink({ href, onClick, ...rest }: AppLinkProps) {
  const { navigate } = useRouter();
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || !isPlainLeftClick(event)) {
      return;
    }
    event.preventDefault();
    navigate(href);
  };
  return <Link href={href} onClick={handleClick} {...rest} />;
}
