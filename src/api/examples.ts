/**
 * The analyst questions, as GraphQL: preloaded as tabs in the explorer, and run by
 * scripts/write-queries-doc.ts to write docs/queries.md with their real answers.
 */
export interface Example {
  title: string;
  query: string;
  variables?: Record<string, unknown>;
}

export const EXAMPLES: Example[] = [
  {
    title: 'Whom did Sessions meet, when, and on what evidence?',
    query: `query SessionsMeetings {
  meetings(participant: "person:jeff-sessions", first: 10) {
    totalCount
    edges { node { name date { value precision start end text } isClaim participants { role node { id ... on Person { name } } } evidence { quote start end } } }
  }
}`,
  },
  {
    title: 'What did Sessions deny that the graph records, and who defended it?',
    query: `query Contradictions {
  contradictions(person: "person:jeff-sessions") {
    statement { text textKind saidAt { value text inferred } }
    deniedFacts { fact { id ... on Meeting { name date { value precision } } } inferred inferredFrom evidence { quote } }
    defences { stance inferred statement { text speakerKind speaker { id ... on Person { name } } } }
    qualifications { stance inferred statement { text speakerKind speaker { id } } }
  }
}`,
  },
  {
    title: 'How is Flores connected to Kislyak?',
    query: `query FloresToKislyak {
  shortestPath(from: "person:sarah-isgur-flores", to: "person:sergey-kislyak", via: ["SPOKE_FOR", "MET_WITH"]) {
    length
    steps { type from { id } to { id } date { value precision text } isClaim evidence { quote } }
  }
}`,
  },
  {
    title:
      'Sessions\' timeline, in order (a month sorts as its middle; the meetings he "concluded today" before that day\'s news conference)',
    query: `query SessionsTimeline {
  timeline(entity: "person:jeff-sessions") { kind role summary date { value precision start end text approximate inferred inferredFrom sortKey } isClaim count claimedBy { id speaker { id } } }
}`,
  },
  {
    title:
      'What did Sessions do in 2016? Certainly within the year (the default), and what may overlap it, marked',
    query: `query Sessions2016 {
  within: timeline(entity: "person:jeff-sessions", from: "2016-01-01", to: "2016-12-31") { dateMatch summary date { value precision } }
  overlapping: meetings(participant: "person:jeff-sessions", from: "2016-01-01", to: "2016-12-31", dates: OVERLAPS) {
    totalCount
    edges { dateMatch node { name date { value precision start end } } }
  }
}`,
  },
  {
    title: 'Who speaks for Sessions, and what did they say?',
    query: `query WhoSpeaksForSessions {
  person(name: "Sessions") {
    name
    spokespeople { spokesperson { name } date { value text inferred inferredFrom } statements { text } evidence { quote } }
  }
}`,
  },
  {
    title: 'What did Sessions recuse from, in his own words?',
    query: `query Recusals {
  recusals(person: "person:jeff-sessions") {
    matter { name nameInferred concerns { target { id } textKind statement { id } evidence { quote } } }
    announcedAt { value } scope statement { text medium } evidence { quote start end }
  }
}`,
  },
  {
    title: 'Which statements deny something, and about what?',
    query: `query Denials {
  statements(stance: DENIES, first: 10) {
    totalCount
    edges { node { text speaker { id } speakerKind saidAt { value } about { stance claim inferred target { __typename id ... on Proposition { text } } } } }
  }
}`,
  },
  {
    title:
      'Search names, titles, descriptions, statements and evidence, ranked by what matched ("ambassador" finds "ambassadors")',
    query: `query Search {
  search(text: "ambassador", first: 10) { field node { id } evidence { quote } }
}`,
  },
  {
    title:
      "What was said at the news conference, and what it announced (the event's own timeline)?",
    query: `query NewsConference {
  statements(at: "event:news-conference-2017-03-02", first: 10) { totalCount edges { node { id speaker { id } } } }
  timeline(entity: "event:news-conference-2017-03-02") { kind role summary date { value } recusal { id scope } }
}`,
  },
  {
    title: 'Who called for what of whom?',
    query: `query Demands {
  demands(of: "person:jeff-sessions") {
    totalCount
    edges { node { id action by { id ... on Group { name } } from { name } statement { id saidAt { value } } evidence { quote start end } } }
  }
}`,
  },
  {
    title:
      "Which countries' ambassadors did Flores list, and on whose word (with the sentence around each quote)?",
    query: `query AmbassadorCountries {
  node(id: "group:foreign-ambassadors-2016") {
    ... on Group { name countries { country { name } isClaim claimedBy { id speaker { id } } evidence { quote start end } } }
  }
  flores: node(id: "statement:flores-defends-hearing-answer") { ... on Statement { evidence { quote sentence sentenceStart sentenceEnd } } }
}`,
  },
  {
    title: 'Organizations and events, a page at a time',
    query: `query Lists {
  organizations(first: 3) { totalCount pageInfo { hasNextPage endCursor } edges { node { id name kind } } }
  events(kind: "meeting") { totalCount edges { node { ... on Meeting { id name date { value } isClaim } } } }
}`,
  },
  {
    title: "Sessions' roles, and when the report shows them held",
    query: `query Roles {
  person(id: "person:jeff-sessions") { roles { title titleInferred isClaim claimedBy { id } during { value text inferred } at { id } evidence { quote } } }
}`,
  },
  {
    title: 'People, a page at a time',
    query: `query People {
  people(first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name aliases } } }
}`,
  },
  {
    title: 'What does the graph hold, and from which sources?',
    query: `query Stats {
  stats { nodes relationships labels { name count } }
  sources { id title kind publishedAt { value } }
}`,
  },
  {
    title: 'Which sources cite which, and who published them?',
    query: `query Citations {
  sources { id publisher { name } cites { id } citedBy { id } }
  citations { attribution sources { id } reportedBy { id } statements { text } }
}`,
  },
];
