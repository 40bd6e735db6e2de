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
	/**
	 * Fields the rules can do without that could not be read (e.g. attendees when a well shows something that
	 * reads as nobody): left out of the meeting, so a count is unknown rather than 0; the self-check names them.
	 */
	unknown?: string[];
}

export interface CalendarForm {
	site: CalendarSiteId;
	/** 'full' for an event editor page, 'quick' for a quick-create dialog. */
	variant: 'full' | 'quick';
	/** Which entry of the adapter's form table matched (0 = most trusted): for the self-check. */
	entry?: number;
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
