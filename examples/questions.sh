#!/usr/bin/env bash
# Analyst questions through the testimony CLI, each answer checked (npm run questions).
# Needs a running, seeded Neo4j: `npm start` in another terminal, or NEO4J_URI (+ NEO4J_PASSWORD).
set -euo pipefail
cd "$(dirname "$0")/.."

# ask "<question>" "<JavaScript test of the JSON answer d>" <testimony arguments…>
ask() {
  local question=$1 test=$2
  shift 2
  local answer
  answer=$(node bin/testimony.mjs "$@" --format json)
  if printf '%s' "$answer" | node -e "
    const d = JSON.parse(require('fs').readFileSync(0, 'utf8'));
    process.exit((${test}) ? 0 : 1);"; then
    echo "ok   $question"
  else
    echo "FAIL $question: testimony $*" >&2
    printf '%s\n' "$answer" >&2
    exit 1
  fi
}

ask "How is Flores connected to Kislyak? (Flores -SPOKE_FOR-> Sessions -MET_WITH-> Kislyak)" \
  "d.shortestPath.steps.map(s => s.type).join() === 'SPOKE_FOR,MET_WITH' && d.shortestPath.steps.every(s => s.evidence.length > 0)" \
  path "Sarah Isgur Flores" "Sergey Kislyak"

ask "When did Sessions meet Kislyak? (July 2016, a month; 8 September 2016)" \
  "d.meetings.edges.map(e => e.node.date.value + '/' + e.node.date.precision).join() === '2016-07/MONTH,2016-09-08/DAY'" \
  meetings sessions --with kislyak

ask "What did Sessions deny that the graph records? (the hearing answer, against both meetings)" \
  "d.contradictions.length === 1 && d.contradictions[0].deniedFacts.length === 2" \
  contradictions "Jeff Sessions"

ask "Who speaks for Sessions? (Flores, 1 March 2017, inferred from 'Wednesday evening')" \
  "d.node.spokespeople[0].spokesperson.name === 'Sarah Isgur Flores' && d.node.spokespeople[0].date.value === '2017-03-01' && d.node.spokespeople[0].date.inferred" \
  who-speaks-for sessions

ask "Which of Sessions' statements deny something? (two)" \
  "d.statements.totalCount === 2" \
  statements sessions --stance denies

ask "Is Sessions' timeline in order? (July 2016 before September 2016 before the January 2017 hearing)" \
  "(v => v.indexOf('2016-07') < v.indexOf('2016-09-08') && v.indexOf('2016-09-08') < v.indexOf('2017-01-10'))(d.timeline.map(e => e.date.value))" \
  timeline sessions

ask "What in Sessions' timeline is only someone's claim? (Flores: over 25 conversations with ambassadors)" \
  "(c => c.length === 1 && c[0].count === 'over 25' && c[0].claimedBy.speaker.name === 'Sarah Isgur Flores')(d.timeline.filter(e => e.isClaim))" \
  timeline sessions

ask "Where does 'misleading' appear? (Flores' statement)" \
  "d.search[0].node.id === 'statement:flores-defends-hearing-answer'" \
  search misleading

ask "Who speaks for Sessions, asked as a named Cypher query? (Flores)" \
  "d.length === 1 && d[0].spokesperson === 'Sarah Isgur Flores'" \
  query who-speaks-for --param "name=Jeff Sessions"

echo "All answers checked."
