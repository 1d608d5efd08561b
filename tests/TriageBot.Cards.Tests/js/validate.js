// Validates Adaptive Card JSON with Microsoft's own renderer (npm adaptivecards), as Teams would parse it.
// Input on stdin: one card object, or an array of cards. Output on stdout: a JSON array of reports, one per card:
//   { "events": [{"phase", "event", "message"}], "dropped": ["$.body[0].bogus"], "changed": [{"path", "input", "output"}] }
// events: what parse() and validateProperties() reported (unknown types, invalid values, duplicate ids,
// too many actions for the Teams host config). dropped/changed: what the renderer silently ignored or altered,
// found by comparing the input with card.toJSON(), because parse() says nothing about unknown properties.
'use strict';
const fs = require('fs');
const path = require('path');
const AC = require('adaptivecards/dist/adaptivecards.js');

// The renderer writes these enum-valued properties in PascalCase ("Bolder" for "bolder"); the schema allows either.
const CASE_INSENSITIVE = new Set(['size', 'weight', 'color', 'style', 'spacing', 'horizontalAlignment',
  'verticalContentAlignment', 'height', 'fontType', 'associatedInputs', 'mode', 'width']);

function hostConfig() {
  const file = path.join(__dirname, '..', 'Fixtures', 'microsoft-teams-light.hostconfig.json');
  return new AC.HostConfig(JSON.parse(fs.readFileSync(file, 'utf8')));
}

function compare(input, output, where, name, report) {
  if (input === null || typeof input !== 'object') {
    const same = input === output ||
      (CASE_INSENSITIVE.has(name) && typeof input === 'string' && typeof output === 'string' &&
        input.toLowerCase() === output.toLowerCase());
    if (!same) report.changed.push({ path: where, input, output: output === undefined ? null : output });
    return;
  }
  if (Array.isArray(input)) {
    if (!Array.isArray(output)) { report.changed.push({ path: where, input: 'array', output: typeof output }); return; }
    if (input.length !== output.length) report.changed.push({ path: where + '.length', input: input.length, output: output.length });
    input.forEach((item, i) => compare(item, output[i], `${where}[${i}]`, name, report));
    return;
  }
  if (output === null || typeof output !== 'object') { report.dropped.push(where); return; }
  for (const key of Object.keys(input)) {
    if (!(key in output)) report.dropped.push(`${where}.${key}`);
    else compare(input[key], output[key], `${where}.${key}`, key, report);
  }
}

function validate(json, config) {
  const report = { events: [], dropped: [], changed: [] };
  const card = new AC.AdaptiveCard();
  card.hostConfig = config;
  const context = new AC.SerializationContext();
  card.parse(json, context);
  for (let i = 0; i < context.eventCount; i++) {
    const e = context.getEventAt(i);
    report.events.push({ phase: AC.ValidationPhase[e.phase], event: AC.ValidationEvent[e.event], message: e.message });
  }
  for (const e of card.validateProperties().validationEvents) {
    report.events.push({ phase: AC.ValidationPhase[e.phase], event: AC.ValidationEvent[e.event], message: e.message });
  }
  compare(json, card.toJSON(), '$', '', report);
  return report;
}

const input = JSON.parse(fs.readFileSync(0, 'utf8'));
const config = hostConfig();
const cards = Array.isArray(input) ? input : [input];
process.stdout.write(JSON.stringify(cards.map(card => validate(card, config))));
