// Groups stored articles by story: two articles share a group when the match index decides that one reports
// the same story as the other; a group is a connected set of those decisions.

/** Groups of ids (each in the order of `ids`), in the order of their first member in `ids`. */
export function groupStories(ids: string[], sameStory: (id: string) => string[]): string[][] {
  const parent = new Map(ids.map((id) => [id, id]));
  const root = (id: string): string => {
    let top = id;
    while (parent.get(top) !== top) top = parent.get(top) as string;
    parent.set(id, top);
    return top;
  };
  for (const id of ids)
    for (const other of sameStory(id)) if (parent.has(other)) parent.set(root(other), root(id));
  const groups = new Map<string, string[]>();
  for (const id of ids) {
    const top = root(id);
    groups.set(top, [...(groups.get(top) ?? []), id]);
  }
  return [...groups.values()];
}
