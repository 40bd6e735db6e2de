/**
 * Local form state seeded from a stored value. Storage answers asynchronously, so a person can start typing
 * before it does: the stored value fills the field only until the person edits it, and never overwrites an
 * edit in progress. After a save, `settle` lets the next stored value in again.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

export interface FormDraft<T> {
	value: T;
	/** The person changed the field: storage no longer overwrites it. */
	edit: (next: T | ((previous: T) => T)) => void;
	/** The edit is saved (or dropped): follow storage again, optionally setting the value now. */
	settle: (next?: T) => void;
}

/** `source` must keep its identity while unchanged (a primitive, or a memoized object). */
export function useFormDraft<T>(source: T | undefined, initial: T): FormDraft<T> {
	const [value, setValue] = useState<T>(initial);
	const edited = useRef(false);
	useEffect(() => {
		if (source !== undefined && !edited.current) setValue(source);
	}, [source]);
	const edit = useCallback((next: T | ((previous: T) => T)) => {
		edited.current = true;
		setValue(next);
	}, []);
	const settle = useCallback((...next: [T?]) => {
		edited.current = false;
		if (next.length > 0) setValue(next[0] as T);
	}, []);
	return { value, edit, settle };
}
