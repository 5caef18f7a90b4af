// Ordinary English sentences that are not about the item: each must leave it missing (not even
// partial). Written for the review of this session's cues, in our own words, before looking at
// what the data matched; each row names the cue it was aimed at. Rows: [requirement, body].
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { englishCoverageOf, show } from './helpers/coverage-lang.js';

const ROWS: [requirement: string, body: string][] = [
  // "access … limited to staff" is about data, not a room.
  ['security', 'Access to the kitchen is limited to staff wearing hair nets.'],
  ['security', 'Access to the rooftop terrace is restricted to members of the team on duty.'],
  // "provided by a team in <third country>" is a transfer when a service handles people, not recipes.
  ['international-transfers', 'The recipes in our book were provided by a team in the United States.'],
  ['international-transfers', 'The artwork for the new packaging was done by a studio in Canada.'],
  // "object … to … use" five words apart: an objection to something else.
  ['right-objection', 'Members may object at any time to our use of the hall for weddings.'],
  ['right-objection', 'Neighbours can object in writing to the planned use of the car park.'],
  ['right-objection', 'If you object to the colour of the cake, we can use another icing.'],
  // Cues of earlier rounds the brief names: a card number never stored, a background-check company,
  // a complaint to a customer team.
  ['retention', 'Your card number is never stored on our servers; the payment page sends it straight to the bank.'],
  ['recipients', 'Before hiring, we may ask you to use a background-check company of your choice.'],
  ['automated-decision-making', 'Orders are rejected automatically when the shop is closed for holidays.'],
  // A price set automatically is a decision about the reader when it is theirs, not a delivery tariff.
  ['automated-decision-making', 'Delivery prices are set automatically from the distance to your door.'],
  ['automated-decision-making', 'Ticket prices are calculated automatically by our booking software each morning.'],
  // The company's own address is no kind of data it holds about the reader (review of session 8).
  ['data-categories', 'Our postal address is 9 Mill Lane, Leeds LS1 5AB.'],
  ['data-categories', 'Letters can be sent to our registered address in Hull.'],
  // Non-native "for + verb" is a purpose when what is kept or used is the reader's, not a room or a key.
  ['purposes', 'Staff keep the key safe for give it to the cleaner on Fridays.'],
  ['purposes', 'Please use the side entrance for deliver parcels.'],
  ['purposes', 'We store bikes in the shed for keep them dry over winter.'],
];

for (const [requirement, body] of ROWS) {
  test(`en ordinary sentence leaves ${requirement} missing: "${body.length > 60 ? `${body.slice(0, 57)}...` : body}"`, () => {
    const c = englishCoverageOf(body, requirement);
    assert.equal(c.status, 'missing', show(c));
  });
}

// A line that is only a studio's name names the operator under a contact heading; a kind of
// product ("Board Games", "Mobile Apps") in a list there is no name.
for (const body of ['We sell in two departments:\n\n- Video Games\n- Board Games', 'Our team builds:\n\n- Mobile Apps\n- Online Games']) {
  test(`en a kind of product under a contact heading names no operator: ${JSON.stringify(body.slice(-24))}`, () => {
    const c = englishCoverageOf(body, 'controller-identity', 'Contact us');
    assert.equal(c.status, 'missing', show(c));
  });
}
test('en a studio name alone under a contact heading still names the operator', () => {
  const c = englishCoverageOf('Tinderleaf Games\n\nEmail: hello@tinderleaf.example', 'controller-identity', 'Contact us');
  assert.notEqual(c.status, 'missing', show(c));
});
