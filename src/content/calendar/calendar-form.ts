/**
 * What a calendar site adapter gives the calendar content script: the event editor it found, and a reading of
 * its fields as a Meeting. A field it cannot read is named in `unreadable`, never guessed.
 */
import type { MeetingInput } from '../../core/meeting.js';

export type CalendarSiteId = 'google-calendar' | 'outlook';

export interface FormReading {
	/** What could be read; fields in `unreadable` are left out. */
	meeting: MeetingInput;
	/** The fields the form should show but we could not read, in words ("start time", "description"). */
	unreadable: string[];
}

export interface CalendarForm {
	site: CalendarSiteId;
	/** 'full' for an event editor page, 'quick' for a quick-create dialog. */
	variant: 'full' | 'quick';
	/** The form's outermost element: edits anywhere inside it trigger a new reading. */
	root: HTMLElement;
	/** The description/body editor (its editable root), when the form shows one. */
	description: HTMLElement | undefined;
	read(): FormReading;
	/**
	 * Marks these attendees optional with the page's own controls (the person chose the fix); resolves true when
	 * every one of them now shows as optional. Absent where the site has no per-attendee toggle we can use.
	 */
	markOptional?(names: string[]): Promise<boolean>;
}

export interface CalendarSite {
	id: CalendarSiteId;
	/** True for the hosts this adapter reads. */
	matches(hostname: string): boolean;
	/** The event editor open on the page, if any. Cheap enough to call after each batch of mutations. */
	find(doc: Document): CalendarForm | undefined;
}
