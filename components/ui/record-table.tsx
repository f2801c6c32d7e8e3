import type { ReactNode } from 'react';

/**
 * A log of records (letter versions, activity): a header row, then the rows given as children,
 * scrolling sideways on a narrow screen rather than squeezing the columns.
 */
export function RecordTable({ columns, children }: { columns: string[]; children: ReactNode }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm">
        <thead>
          <tr className="border-b border-line text-left">
            {columns.map((column, i) => (
              <th key={column} scope="col" className={i < columns.length - 1 ? 'py-2 pr-3' : 'py-2'}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
