/**
 * The words the meeting rules read: what names a decision or an outcome, what is status reporting, what is a
 * placeholder. Every pattern is linear (no nested quantifiers) so a 100 KB description stays cheap.
 */

/** Words that name a decision, an outcome or a deliverable — present or future, not "we decided". */
export const GOAL =
	/\b(?:decide|decisions?|vote|voting|poll|approve|approval|agree(?: on| upon)?|agreement|sign[- ]?off|choose|select|pick (?:a|an|the|one|between)|finali[sz]e|resolve|resolution|nominat(?:e|ing|ion)|appoint|elect|ratify|adopt|prioriti[sz](?:e|ing|ation)|next steps?|action plan|plan|planning|define|review|triage|investigate|revise|outcomes?|deliverables?|goals?|objectives?|purpose|deadline|go\/no[- ]go|prep|prepare|leave with|should we|whether to|unblock)\b/gi;

/** A goal word aimed at the meeting's own logistics ("decide on the format") names no outcome of the meeting. */
export const LOGISTICS_AFTER =
	/^\s*(?:on|about|upon)?\s*(?:the|a|our)?\s*(?:(?:meeting|call)'?s?\s+(?:format|time|times|timing|day|days|date|schedule|location|platform|cadence|frequency)|format|time|times|timing|day|days|schedule|cadence|frequency)\b/i;

/** An item (or the title) that is reporting: status, updates, announcements, round-robin. */
export const STATUS =
	/\b(?:status(?:es)?|updates?|reports?|reporting|progress|announcements?|announce|news|recap|round[- ]?(?:robin|table)|check[- ]?ins?|highlights|wins|shout[- ]?outs?|celebrat\w*|kudos|fyi|what (?:you|we|they|folks|everyone|people|each of us)(?:'ve| have| are|'re|'ll| will)? ?(?:been |be )?(?:working on|doing|done|did))\b/i;

/** An item that is a one-way presentation. */
export const PRESENTATION =
	/\b(?:slides?|deck|presentations?|presenting|presents|demos?|demonstrat\w*|walk[- ]?through|showcase|show and tell|overview|explain\w*|intro(?:duction)? to|lightning talks?|keynote|training|onboarding)\b/i;

/** An item that needs people together: a decision or a real discussion. Wins over status in the same item. */
export const INTERACTIVE =
	/\b(?:decid\w*|decisions?|vote|voting|poll|approv\w*|agree\w*|sign[- ]?off|choose|select|pick|finali[sz]e|resolve|nominat\w*|appoint|elect|ratify|adopt|prioriti[sz]\w*|next steps?|plan|planning|discuss\w*|debate|brainstorm\w*|review|triage|feedback|propos(?:e|al) to|go\/no[- ]go|should we|whether|blockers?|blocking|blocked|risks?|trade-?offs?|options?)\b/i;

/** Meeting titles that are reporting by nature. */
export const ASYNC_TITLE =
	/\b(?:all[- ]?hands|all[- ]?team|town[- ]?hall|stand[- ]?ups?|daily scrum|status (?:meeting|call|sync|updates?)|weekly (?:updates?|status)|updates? (?:meeting|call)|demos?|demo day|showcase|show and tell|presentations?|webinar|lunch (?:and|&) learn|brown[- ]bag|info(?:rmation)? session|onboarding|orientation|training)\b/i;

/** Round-robin reporting anywhere in the description. */
export const ROUND_ROBIN =
	/\b(?:round[- ]?robin|go(?:ing)? around the (?:room|table)|each (?:person|team member|member|of us) (?:shares|gives|reports)|everyone (?:shares|gives|reports)|card by card|(?:an |quick )?update from each|what (?:you|we|everyone|each of us)(?:'ve| have) (?:been )?(?:working on|done))\b/i;

/**
 * A template nobody filled in: slot names ("item name", "description of the topic"), a row of slots
 * ("Name - Presenter - Duration"), a role whose value is still a slot ("Moderator: Name"), brackets, lorem ipsum.
 */
export const TEMPLATE =
	/(?:\b(?:agenda )?(?:item|topic) (?:name|title)\b|\bdescription of (?:the |this |each )?(?:item|topic)\b|\b(?:presenter|owner|speaker|name)\s*[-–—|/]\s*(?:length of time|duration|time ?box|time|minutes)\b|\blength of time\b|\b(?:moderator|chair|facilitator|note[- ]?taker|scribe|host|presenter|owner)\s*:\s*(?:name|tbd|\?{2,}|_{2,})(?![\w-])|\binsert (?:your |a |the )?(?:topic|item|agenda|name)|\badd (?:your )?(?:topic|item)s? here\b|\blorem ipsum\b|\[(?:topic|item|name|owner|time|goal|tbd|decision)[^\]\n]{0,20}\]|<(?:topic|item|owner|goal|decision)>|\{(?:topic|item|owner|goal|decision)\}|\bxx:xx\b)/i;

/** A stand-in where the agenda should be: TBD, "please add topics", "the agenda is empty". */
export const PLACEHOLDER =
	/\b(?:tbd|tba|tbc|to be (?:determined|decided|announced|confirmed)|please add (?:your |any |more |some )?(?:agenda )?(?:topics?|items?|agenda)|add (?:your |any )?(?:agenda )?(?:topics?|items?) (?:below|here|to (?:this|the) (?:doc|list|agenda|issue))|(?:the )?agenda is (?:currently |still )?(?:empty|blank|not (?:yet )?(?:set|ready|available))|no agenda(?: yet)?|agenda (?:to follow|coming soon|will follow)|(?:nothing|none|no (?:topics|items)) (?:so far|yet)|(?:please )?propose (?:the )?(?:topics|items|agenda items)|call for (?:topics|agenda items)|add (?:what|anything) you(?:'d| would) like to (?:discuss|cover)|(?:please )?add (?:additional|more|other|further|new) (?:agenda )?(?:topics|items)|(?:is )?still to be (?:determined|decided|defined))\b/i;

/** Items that name no topic: habit headings. */
export const GENERIC_ITEM =
	/^(?:general |team |weekly |quick |any |open |misc |technical |other )?(?:updates?|announcements?|aob|any other business|discussion|floor|topics?|q ?& ?a|qna|questions|misc(?:ellaneous)?|other|others|round ?table|catch[- ]?up|sync|tbd|tba|tbc|n\/a|none|welcome(?: (?:&|and) (?:agenda|intro(?:duction)?s?))?|intro(?:duction)?s?|close|closing|wrap[- ]?up|adjourn(?:ment)?|roll call|next meeting|action items|review (?:of )?(?:the )?(?:previous|last) (?:meeting(?:'s)? )?(?:notes|minutes|action items)|approv(?:e|al of) (?:the )?(?:agenda|minutes)|(?:anything|something) else)(?:\s*\[[^\]]*\])?$/i;

/** Meetings by habit: their name is the whole purpose. */
export const HABIT =
	/\b(?:general updates|open discussion|weekly sync|team sync|catch[- ]?up|check[- ]?in|touch base|sync)\b/i;

/** "The final agenda will be sent the day before": a promise of a late agenda. */
export const LATE_PROMISE =
	/\bagenda (?:will|to|should|is going to) (?:be )?(?:sent|shared|posted|circulated|published|follow|come|go out|be out|arrive)(?: out)?(?: by email| by e-mail| here)? (?:the (?:day|night|evening) before|on the day|the same day|the morning of|shortly before|just before|an hour before|(\d{1,2}) ?(?:h|hours?) before)\b/i;
