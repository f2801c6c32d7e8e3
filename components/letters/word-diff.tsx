export type Segment = { value: string; added?: boolean; removed?: boolean };

/** A word diff: deletions struck through, insertions underlined, both named for screen readers. */
export function WordDiff({ segments }: { segments: Segment[] }) {
  return (
    <p className="whitespace-pre-wrap font-serif leading-relaxed">
      {segments.map((s, i) =>
        s.added ? (
          <ins key={i} className="bg-ok/15 text-ok decoration-2">
            <span className="sr-only">[added: </span>
            {s.value}
            <span className="sr-only">]</span>
          </ins>
        ) : s.removed ? (
          <del key={i} className="bg-bad/10 text-bad">
            <span className="sr-only">[removed: </span>
            {s.value}
            <span className="sr-only">]</span>
          </del>
        ) : (
          <span key={i}>{s.value}</span>
        ),
      )}
    </p>
  );
}
