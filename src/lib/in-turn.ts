/**
 * Turns handed out in order, completed in any order: what each turn completes with is delivered in
 * the order the turns were taken, and a turn completed with nothing lets the next ones through.
 */
export function inTurn<Item>(deliver: (item: Item) => void): () => (item?: Item) => void {
  let taken = 0;
  let next = 0;
  const completed = new Map<number, Item | undefined>();
  return () => {
    const turn = taken++;
    return (item) => {
      completed.set(turn, item);
      for (; completed.has(next); next++) {
        const ready = completed.get(next);
        completed.delete(next);
        if (ready !== undefined) deliver(ready);
      }
    };
  };
}
