import { Select } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { fetchMembers } from '../members/members-api';

/** A member picker searching the server (name or card number, diacritics ignored), optionally within a subtree. */
export function MemberSelect({
  id,
  value,
  onChange,
  ariaLabel,
  withinId,
}: {
  id?: string;
  value?: string;
  onChange?: (v: string) => void;
  ariaLabel: string;
  withinId?: string;
}) {
  const [options, setOptions] = useState<Array<{ value: string; label: string }>>([]);
  const latest = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  return (
    <Select
      id={id}
      aria-label={ariaLabel}
      value={value}
      onChange={onChange}
      options={options}
      showSearch={{
        filterOption: false,
        onSearch: (term) => {
          clearTimeout(timer.current);
          if (!term.trim()) return;
          timer.current = setTimeout(() => {
            const request = ++latest.current;
            fetchMembers({ search: term, withinId }).then(
              (page) =>
                request === latest.current &&
                setOptions(page.nodes.map((m) => ({ value: m.id, label: `${m.fullName} (${m.cardNumber})` }))),
              () => undefined,
            );
          }, 250);
        },
      }}
    />
  );
}
