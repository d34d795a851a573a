#!/usr/bin/env python3
"""A tiny external trainer for tunix-rt's COMMAND executor, in plain Python (stdlib only).

It trains a character bigram model, P(next char | previous char) = softmax(W[previous]), with
minibatch SGD on the run's dataset. trainer_contract.py reads the contract every external trainer
follows (TUNIX_* inputs, @@metric lines, SIGTERM); this one writes model.json and predictions.jsonl
(the model's answer to each held-out trace's prompt, which judges score). SIGTERM stops it after
the current step; it saves what it has and exits with 143.
"""

import math
import os
import random
import sys

import trainer_contract as contract

VOCAB_SIZE = 48  # the most frequent characters; the others share one "unknown" slot
MAX_EVAL_PAIRS = 1500
MAX_REASONING_CHARS = 512
MAX_ANSWER_CHARS = 128


def greedy(weights, vocab, index, context, max_chars, stop):
    """Continues context with the most likely next character until stop(generated) or max_chars."""
    previous = index.get(context[-1], 0) if context else 0
    generated = ""
    while len(generated) < max_chars and not stop(generated):
        row = weights[previous]
        previous = max(range(1, len(vocab)), key=row.__getitem__)  # never "<unk>"
        generated += vocab[previous]
    return generated


def softmax(row):
    top = max(row)
    exps = [math.exp(value - top) for value in row]
    total = sum(exps)
    return [value / total for value in exps]


def mean_loss(weights, pairs):
    loss = 0.0
    hits = 0
    for previous, following in pairs:
        probabilities = softmax(weights[previous])
        loss -= math.log(max(probabilities[following], 1e-12))
        hits += max(range(len(probabilities)), key=probabilities.__getitem__) == following
    return loss / len(pairs), hits / len(pairs)


def main():
    contract.stop_on_sigterm()
    config, params = contract.read_run_config()
    learning_rate = float(config.get("learningRate", 0.5))
    epochs = int(config.get("epochs", 3))
    batch_size = int(config.get("batchSize", 32))
    eval_fraction = float(config.get("evalFraction", 0.1))
    steps_per_epoch = int(params.get("stepsPerEpoch", 60))
    rng = random.Random(int(config.get("seed", 42)))

    records = contract.load_records(os.environ["TUNIX_DATASET_PATH"])
    if len(records) < 2:
        print("The dataset is too small to train on: it needs 2 traces or more", file=sys.stderr)
        return 2
    train_texts, eval_records = contract.split_records(records, rng, eval_fraction)
    vocab, index = contract.vocabulary(train_texts, VOCAB_SIZE - 1)

    def pairs_of(texts):
        return [(index.get(a, 0), index.get(b, 0)) for text in texts for a, b in zip(text, text[1:])]

    train_pairs = pairs_of(train_texts)
    eval_pairs = pairs_of(text for _, text in eval_records)
    rng.shuffle(eval_pairs)
    eval_pairs = eval_pairs[:MAX_EVAL_PAIRS]
    if len(train_pairs) < 20 or not eval_pairs:
        print("The dataset is too small to train on", file=sys.stderr)
        return 2
    print(f"{len(records)} texts, {len(train_pairs)} training pairs, {len(eval_records)} traces held out, vocab {len(vocab)}", flush=True)

    size = len(vocab)
    weights = [[0.0] * size for _ in range(size)]
    step = 0
    eval_loss, accuracy = mean_loss(weights, eval_pairs)
    contract.metric(step=0, epoch=0, evalLoss=eval_loss, evalAccuracy=accuracy)
    for epoch in range(epochs):
        for _ in range(steps_per_epoch):
            if contract.stop_requested():
                break
            batch = [train_pairs[rng.randrange(len(train_pairs))] for _ in range(batch_size)]
            # Cross-entropy gradient of a softmax row: probabilities minus the one-hot target.
            gradients = {}
            train_loss = 0.0
            for previous, following in batch:
                probabilities = softmax(weights[previous])
                train_loss -= math.log(max(probabilities[following], 1e-12))
                gradient = gradients.setdefault(previous, [0.0] * size)
                for j, probability in enumerate(probabilities):
                    gradient[j] += probability
                gradient[following] -= 1.0
            for previous, gradient in gradients.items():
                row = weights[previous]
                for j in range(size):
                    row[j] -= learning_rate * gradient[j] / batch_size
            step += 1
            if step % 10 == 0:
                contract.metric(step=step, epoch=round(step / steps_per_epoch, 3), trainLoss=train_loss / batch_size)
        if contract.stop_requested():
            break
        eval_loss, accuracy = mean_loss(weights, eval_pairs)
        contract.metric(step=step, epoch=epoch + 1, evalLoss=eval_loss, evalAccuracy=accuracy)

    def continue_text(context, max_chars, stop):
        return greedy(weights, vocab, index, context, max_chars, stop)

    def predict(text):
        return contract.predict_answer(continue_text, text, MAX_REASONING_CHARS, MAX_ANSWER_CHARS)

    model = {"kind": "char-bigram", "vocab": vocab, "weights": weights}
    return contract.finish(model, step, eval_records, predict, eval_loss, accuracy)


if __name__ == "__main__":
    sys.exit(main())
