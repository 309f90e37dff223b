// Writes the fixture that proves codex::Fsrs (app/core/study/fsrs.cpp)
// schedules exactly as the reference implementation, ts-fsrs, does.
//
// To regenerate it, from the top of the repository:
//
//     cd tests/fsrs && npm ci && cd ../..
//     node tests/fsrs/make-fixture.mjs            # writes tests/data/fsrs-fixture.json
//     node tests/fsrs/make-fixture.mjs OUT.json   # or anywhere else
//
// package-lock.json pins ts-fsrs to 5.4.2; the script refuses any other
// version, since the fixture's header names the version it was made with.
// The output depends only on SEED below (the script has its own PRNG and
// never reads the clock), so running it twice gives identical bytes, and a
// change to the fixture in a diff means a change in ts-fsrs or in this file.
//
// The fixture holds two lists. `sequences`: a card reviewed 1 to 20 times,
// with the card after every review as ts-fsrs computes it; tst_fsrs replays
// them and compares every field. `clockBackwards`: reviews at times earlier
// than the previous review, which ts-fsrs rejects (it throws on a negative
// elapsed time) and codex::Fsrs treats as same-day reviews; they carry only
// times and ratings, and the test checks the results are sane.
// `stepSequences`: the same with learning steps on (Anki's defaults, which
// are ts-fsrs's: 1m 10m, relearning 10m, enable_short_term), reviews
// minutes apart while a card is in its steps and days apart after; every
// step also records the card's learning step.

import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FSRSVersion, State, createEmptyCard, default_w, fsrs } from 'ts-fsrs';

const TS_FSRS_VERSION = '5.4.2';
const SEED = 20240612;
const SEQUENCE_COUNT = 320;
const CLOCK_BACKWARDS_COUNT = 16;
const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

if (!FSRSVersion.startsWith(`v${TS_FSRS_VERSION} `)) {
    console.error(`make-fixture: expected ts-fsrs ${TS_FSRS_VERSION}, found "${FSRSVersion}"; run npm ci in tests/fsrs`);
    process.exit(1);
}

// What codex::Fsrs implements: no learning steps (every interval is a whole
// number of days, which makes ts-fsrs use its LongTermScheduler) and no fuzz
// (fuzz draws from a seeded PRNG whose seed includes the review time, which
// we do not want to reproduce). request_retention varies per sequence.
const baseOptions = {
    enable_short_term: false,
    enable_fuzz: false,
    learning_steps: [],
    relearning_steps: [],
    maximum_interval: 36500,
};

// With learning steps: what the study session uses (ts-fsrs's
// BasicScheduler).
const stepOptions = {
    enable_short_term: true,
    enable_fuzz: false,
    learning_steps: ['1m', '10m'],
    relearning_steps: ['10m'],
    maximum_interval: 36500,
};
const STEP_SEQUENCE_COUNT = 240;

// mulberry32: small, 32-bit, the same numbers on every platform.
function makeRandom(seed) {
    let a = seed >>> 0;
    const next = () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    return {
        next,
        // An integer in [lo, hi].
        int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
        // One of the keys of `weights`, with probability proportional to its value.
        pick: (weights) => {
            const entries = Object.entries(weights);
            const total = entries.reduce((sum, [, w]) => sum + w, 0);
            let x = next() * total;
            for (const [key, w] of entries) {
                if (x < w) return key;
                x -= w;
            }
            return entries[entries.length - 1][0];
        },
    };
}

const random = makeRandom(SEED);
const schedulers = new Map();
function schedulerFor(retention, options = baseOptions) {
    const key = `${options === baseOptions ? 'long' : 'steps'} ${retention}`;
    if (!schedulers.has(key)) {
        schedulers.set(key, fsrs({ ...options, request_retention: retention }));
    }
    return schedulers.get(key);
}

function pickRetention() {
    return Number(random.pick({ 0.9: 70, 0.8: 15, 0.95: 15 }));
}

// Learners differ; so should the rating mix, or long intervals (up to the
// maximum) and repeated lapses would be rare.
const ratingProfiles = {
    mixed: { 1: 15, 2: 15, 3: 55, 4: 15 },
    struggling: { 1: 40, 2: 25, 3: 30, 4: 5 },
    confident: { 1: 3, 2: 7, 3: 40, 4: 50 },
    allGood: { 3: 1 },
};

// 2020..2035, at any millisecond of the day, so that gaps of hours cross
// UTC midnight now and then.
function pickStart() {
    return Date.UTC(2020, 0, 1) + random.int(0, 15 * 365) * DAY_MS + random.int(0, DAY_MS - 1);
}

function nextReviewTime(previousTime, card) {
    const scheduled = card.due.getTime() - previousTime;
    const kind = random.pick({
        sameMoment: 4,
        minutes: 6,
        hours: 12,
        aroundMidnight: 8,
        onTime: 35,
        early: 10,
        lateDays: 8,
        lateWeeks: 10,
        lateYears: 7,
    });
    switch (kind) {
        case 'sameMoment':
            return previousTime;
        case 'minutes':
            return previousTime + random.int(1, 59) * 60 * 1000 + random.int(0, 59999);
        case 'hours':
            return previousTime + random.int(1, 23) * HOUR_MS + random.int(0, HOUR_MS - 1);
        case 'aroundMidnight': {
            // A millisecond either side of a UTC midnight 0..3 days on: the
            // calendar-day count changes there while the hours hardly do.
            const midnight = (Math.floor(previousTime / DAY_MS) + random.int(1, 3)) * DAY_MS;
            return midnight + random.int(-1, 1);
        }
        case 'onTime':
            return previousTime + scheduled;
        case 'early':
            return previousTime + Math.floor(random.next() * scheduled);
        case 'lateDays':
            return previousTime + scheduled + random.int(1, 6) * DAY_MS + random.int(0, DAY_MS - 1);
        case 'lateWeeks':
            return previousTime + scheduled + random.int(1, 12) * 7 * DAY_MS + random.int(0, DAY_MS - 1);
        case 'lateYears':
            return previousTime + scheduled + random.int(365, 5 * 365) * DAY_MS + random.int(0, DAY_MS - 1);
    }
    throw new Error(`unknown gap ${kind}`);
}

function makeSequence() {
    const retention = pickRetention();
    const f = schedulerFor(retention);
    const profile = ratingProfiles[random.pick({ mixed: 60, struggling: 15, confident: 15, allGood: 10 })];
    const start = pickStart();
    const stepCount = random.int(1, 20);
    let card = createEmptyCard(new Date(start));
    let time = start;
    const steps = [];
    for (let i = 0; i < stepCount; ++i) {
        if (i > 0) time = nextReviewTime(time, card);
        const now = new Date(time);
        const rating = Number(random.pick(profile));
        const retrievability = f.get_retrievability(card, now, false);
        card = f.next(card, now, rating).card;
        steps.push({
            time: now.toISOString(),
            rating,
            retrievability,
            state: card.state,
            stability: card.stability,
            difficulty: card.difficulty,
            scheduled_days: card.scheduled_days,
            elapsed_days: card.elapsed_days,
            reps: card.reps,
            lapses: card.lapses,
            due: card.due.toISOString(),
        });
    }
    return { retention, start: new Date(start).toISOString(), steps };
}

// Reviews that go back in time by a minute up to years, after a few normal
// ones so that the card has a memory state to protect.
function makeClockBackwards() {
    const retention = pickRetention();
    const f = schedulerFor(retention);
    const start = pickStart();
    const stepCount = random.int(3, 12);
    // At least one step goes back; others may too.
    const surelyBack = random.int(2, stepCount - 1);
    let card = createEmptyCard(new Date(start));
    let time = start;
    const steps = [];
    for (let i = 0; i < stepCount; ++i) {
        if (i > 0) {
            if (i === surelyBack || random.next() < 0.3) {
                const back = random.pick({ minutes: 3, hours: 3, days: 3, years: 1 });
                const unit = { minutes: 60 * 1000, hours: HOUR_MS, days: DAY_MS, years: 365 * DAY_MS }[back];
                time -= random.int(1, back === 'years' ? 3 : 30) * unit;
            } else {
                time = nextReviewTime(time, card);
            }
        }
        const rating = Number(random.pick(ratingProfiles.mixed));
        steps.push({ time: new Date(time).toISOString(), rating });
        // ts-fsrs throws on a negative elapsed time; keep its last card and
        // go on, since only the times and ratings are written.
        try {
            card = f.next(card, new Date(time), rating).card;
        } catch {
            // The next forward gap is then taken from the card before.
        }
    }
    return { retention, start: new Date(start).toISOString(), steps };
}

// While a card is in its steps the learner sees it again within the
// session: when due, a little after, or first (nothing else left); now and
// then the session ends and the card comes back hours or days later.
function nextStepTime(previousTime, card) {
    const scheduled = card.due.getTime() - previousTime;
    const kind = random.pick({ onTime: 30, secondsLate: 25, minutesLate: 15, early: 10, hours: 8, nextDays: 12 });
    switch (kind) {
        case 'onTime':
            return previousTime + scheduled;
        case 'secondsLate':
            return previousTime + scheduled + random.int(1, 59999);
        case 'minutesLate':
            return previousTime + scheduled + random.int(1, 30) * 60 * 1000 + random.int(0, 59999);
        case 'early':
            return previousTime + random.int(5000, 60000);
        case 'hours':
            return previousTime + random.int(1, 12) * HOUR_MS + random.int(0, HOUR_MS - 1);
        case 'nextDays':
            return previousTime + random.int(1, 4) * DAY_MS + random.int(0, DAY_MS - 1);
    }
    throw new Error(`unknown gap ${kind}`);
}

function makeStepSequence() {
    const retention = pickRetention();
    const f = schedulerFor(retention, stepOptions);
    const profile = ratingProfiles[random.pick({ mixed: 60, struggling: 15, confident: 15, allGood: 10 })];
    const start = pickStart();
    const stepCount = random.int(1, 24);
    let card = createEmptyCard(new Date(start));
    let time = start;
    const steps = [];
    for (let i = 0; i < stepCount; ++i) {
        if (i > 0) {
            const inSteps = card.state === State.Learning || card.state === State.Relearning;
            time = inSteps ? nextStepTime(time, card) : nextReviewTime(time, card);
        }
        const now = new Date(time);
        const rating = Number(random.pick(profile));
        const retrievability = f.get_retrievability(card, now, false);
        card = f.next(card, now, rating).card;
        steps.push({
            time: now.toISOString(),
            rating,
            retrievability,
            state: card.state,
            step: card.learning_steps,
            stability: card.stability,
            difficulty: card.difficulty,
            scheduled_days: card.scheduled_days,
            elapsed_days: card.elapsed_days,
            reps: card.reps,
            lapses: card.lapses,
            due: card.due.toISOString(),
        });
    }
    return { retention, start: new Date(start).toISOString(), steps };
}

const sequences = Array.from({ length: SEQUENCE_COUNT }, makeSequence);
const clockBackwards = Array.from({ length: CLOCK_BACKWARDS_COUNT }, makeClockBackwards);
// Drawn after the lists above, so that they stay as they were.
const stepSequences = Array.from({ length: STEP_SEQUENCE_COUNT }, makeStepSequence);

// One step per line: small enough to review in a diff, and every number as
// JSON.stringify writes it (the shortest text that reads back as the same
// double), so the C++ side sees exactly what ts-fsrs computed.
const parameters = Array.from(schedulerFor(0.9).parameters.w);
if (JSON.stringify(parameters) !== JSON.stringify(Array.from(default_w))
    || JSON.stringify(Array.from(schedulerFor(0.9, stepOptions).parameters.w)) !== JSON.stringify(parameters)) {
    throw new Error('ts-fsrs clipped the default parameters; the fixture would not test them');
}
const header = {
    generator: 'tests/fsrs/make-fixture.mjs',
    tsFsrsVersion: TS_FSRS_VERSION,
    seed: SEED,
    options: { ...baseOptions, request_retention: 'per sequence: retention' },
    stepOptions: { ...stepOptions, request_retention: 'per sequence: retention' },
    parameters,
};
const headerText = JSON.stringify(header, null, 2);
const lines = [headerText.slice(0, -2) + ','];
const writeList = (name, list, last) => {
    lines.push(`  ${JSON.stringify(name)}: [`);
    list.forEach((sequence, i) => {
        const { steps, ...rest } = sequence;
        lines.push(`    ${JSON.stringify(rest).slice(0, -1)}, "steps": [`);
        steps.forEach((step, j) => lines.push(`      ${JSON.stringify(step)}${j + 1 < steps.length ? ',' : ''}`));
        lines.push(`    ]}${i + 1 < list.length ? ',' : ''}`);
    });
    lines.push(`  ]${last ? '' : ','}`);
};
writeList('sequences', sequences, false);
writeList('clockBackwards', clockBackwards, false);
writeList('stepSequences', stepSequences, true);
lines.push('}');

const here = dirname(fileURLToPath(import.meta.url));
const out = resolve(process.argv[2] ?? resolve(here, '../data/fsrs-fixture.json'));
writeFileSync(out, lines.join('\n') + '\n');
const stepCount = sequences.reduce((sum, s) => sum + s.steps.length, 0);
const learningCount = stepSequences.reduce((sum, s) => sum + s.steps.length, 0);
console.log(`make-fixture: ${sequences.length} sequences, ${stepCount} steps, ${clockBackwards.length} clock-backwards cases, `
    + `${stepSequences.length} sequences with learning steps, ${learningCount} steps -> ${out}`);
