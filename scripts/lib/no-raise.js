// Preloaded (`node --import`) into each test process that records training examples
// (coverage-train.js `extract`): the model's raise (`raiseMissing`, coverage-check.ts `raises`) is
// off there, so what training reads is the cues' statuses and evidence, never an earlier model's own
// raises: a model does not learn from what it said, and training the same inputs twice gives the
// same bytes whatever model the build holds. Tests that hold the checker to a raise skip while recording.
import { coverageModel } from '../../server/out/generated/coverage-model.js';

coverageModel.raiseMissing = null;
