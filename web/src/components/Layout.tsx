// SPDX-License-Identifier: EUPL-1.2
/**
 * The page frame: skip link, header with the product name and main navigation, the main
 * landmark (target of the skip link and of focus after navigation), and the footer.
 */
import { PageFooter, PageHeader, Paragraph, SkipLink } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from './AppLink.tsx';

export type LayoutProps = {
  /** Items of the main navigation (links), rendered as a list. */
  navItems: ReactNode[];
  /** Controls at the right of the header: language switch, account. */
  tools: ReactNode;
  children: ReactNode;
};

/** Frames every page: skip link, header, navigation, main, footer. */
export function Layout({ navItems, tools, children }: LayoutProps) {
  const { t } = useTranslation();
  return (
    <div className="rt-page">
      <SkipLink href="#main-content">{t('layout.skipLink')}</SkipLink>
      <PageHeader className="rt-header">
        <div className="rt-header__bar rt-container">
          <AppLink href="/" className="rt-brand">
            <span className="rt-brand__mark" aria-hidden="true" />
            <span className="rt-brand__text">
              <span className="rt-brand__name">Regietafel</span>
              <span className="rt-brand__tagline">{t('layout.tagline')}</span>
            </span>
          </AppLink>
          <div className="rt-header__tools">{tools}</div>
        </div>
        <nav className="rt-nav" aria-label={t('layout.navLabel')}>
          <ul className="rt-nav__list rt-container">
            {navItems.map((item, index) => (
              <li className="rt-nav__item" key={index}>
                {item}
              </li>
            ))}
          </ul>
        </nav>
      </PageHeader>
      <main id="main-content" className="rt-main rt-container" tabIndex={-1}>
        {children}
      </main>
      <PageFooter className="rt-footer">
        <div className="rt-container rt-footer__content">
          <Paragraph>{t('layout.footerAbout')}</Paragraph>
          <Paragraph small>{t('layout.footerData')}</Paragraph>
        </div>
      </PageFooter>
    </div>
  );
}
