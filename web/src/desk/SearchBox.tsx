import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useI18n } from '../i18n/i18n';

/** The back office's search box: sends the query to the search page (kept in the address). */
export function SearchBox({ initial = '' }: { initial?: string }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [q, setQ] = useState(initial);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void navigate({ to: '/office/search', search: { q: q.trim() } });
  };
  return (
    <search className="desk-search">
      <form onSubmit={submit}>
        <label htmlFor="desk-search-q" className="sr-only">
          {t('desk.searchLabel')}
        </label>
        <input
          id="desk-search-q"
          type="search"
          value={q}
          maxLength={200}
          placeholder={t('desk.searchPlaceholder')}
          onChange={(e) => setQ(e.target.value)}
        />
        <button type="submit">{t('desk.searchButton')}</button>
      </form>
    </search>
  );
}
