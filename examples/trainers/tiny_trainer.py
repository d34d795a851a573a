#!/usr/bin/env python3
"""A tiny external trainer for tunix-rt's COMMAND executor, in plain Python (stdlib only).

It trains a character bigram model, P(next char | previous char) = softmax(W[previous]), with
minibatch SGD on the run's dataset, and shows the contract every external trainer follows:

  TUNIX_DATASET_PATH  the dataset, JSONL in tunix_sft format ({"prompts": "..."} per line)
  TUNIX_RUN_CONFIG    a JSON file: learningRate, epochs, batchSize, seed, evalFraction, params...
  TUNIX_OUTPUT_DIR    files left here become the run's artifacts (this one writes model.json)

Metric points are stdout lines `@@metric {"step": 10, "trainLoss": 1.2}`. SIGTERM (cancel,
timeout) stops it after the current step; it saves what it has and exits with 143.
"""

import json
import math
import os
import random
import signal
import sys
from collections import Counter

VOCAB_SIZE = 48  # the most frequent characters; the others share one "unknown" slot
MAX_EVAL_PAIRS = 1500

stop_requested = False


def request_stop(_signum, _frame):
    global stop_requested
    stop_requested = True


def load_texts(path):
    texts = []
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                record = json.loads(line)
                texts.append(record.get("prompts") or " ".join(str(v) for v in record.values()))
    return texts


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


def metric(**values):
    print("@@metric " + json.dumps(values), flush=True)


def main():
    signal.signal(signal.SIGTERM, request_stop)
    with open(os.environ["TUNIX_RUN_CONFIG"], encoding="utf-8") as file:
        config = json.load(file)
    params = config.get("params") or {}
    learning_rate = float(config.get("learningRate", 0.5))
    epochs = int(config.get("epochs", 3))
    batch_size = int(config.get("batchSize", 32))
    eval_fraction = float(config.get("evalFraction", 0.1))
    steps_per_epoch = int(params.get("stepsPerEpoch", 60))
    rng = random.Random(int(config.get("seed", 42)))

    texts = load_texts(os.environ["TUNIX_DATASET_PATH"])
    counts = Counter(char for text in texts for char in text)
    vocab = ["<unk>"] + [char for char, _ in counts.most_common(VOCAB_SIZE - 1)]
    index = {char: i for i, char in enumerate(vocab)}
    pairs = [(index.get(a, 0), index.get(b, 0)) for text in texts for a, b in zip(text, text[1:])]
    if len(pairs) < 20:
        print("The dataset is too small to train on", file=sys.stderr)
        return 2
    rng.shuffle(pairs)
    held_out = max(1, int(len(pairs) * eval_fraction))
    eval_pairs, train_pairs = pairs[:held_out][:MAX_EVAL_PAIRS], pairs[held_out:]
    print(f"{len(texts)} texts, {len(train_pairs)} training pairs, {len(eval_pairs)} held out, vocab {len(vocab)}", flush=True)

    size = len(vocab)
    weights = [[0.0] * size for _ in range(size)]
    step = 0
    eval_loss, accuracy = mean_loss(weights, eval_pairs)
    metric(step=0, epoch=0, evalLoss=eval_loss, evalAccuracy=accuracy)
    for epoch in range(epochs):
        for _ in range(steps_per_epoch):
            if stop_requested:
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
                metric(step=step, epoch=round(step / steps_per_epoch, 3), trainLoss=train_loss / batch_size)
        if stop_requested:
            break
        eval_loss, accuracy = mean_loss(weights, eval_pairs)
        metric(step=step, epoch=epoch + 1, evalLoss=eval_loss, evalAccuracy=accuracy)

    with open(os.path.join(os.environ["TUNIX_OUTPUT_DIR"], "model.json"), "w", encoding="utf-8") as file:
        json.dump({"kind": "char-bigram", "complete": not stop_requested, "steps": step, "vocab": vocab, "weights": weights}, file)
    if stop_requested:
        print(f"SIGTERM: stopped after step {step}; saved the model so far", flush=True)
        return 143
    print(f"done: {step} steps, eval loss {eval_loss:.4f}, accuracy {accuracy:.3f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
