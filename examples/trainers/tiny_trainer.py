#!/usr/bin/env python3
"""A tiny external trainer for tunix-rt's COMMAND executor, in plain Python (stdlib only).

It trains a character bigram model, P(next char | previous char) = softmax(W[previous]), with
minibatch SGD on the run's dataset, and shows the contract every external trainer follows:

  TUNIX_DATASET_PATH  the dataset, JSONL in tunix_sft format ({"id": ..., "prompts": "..."} per line)
  TUNIX_HELD_OUT_PATH the ids of the traces to hold out, one per line (the server's split: its
                      evaluations judge these); without it a seeded random share is held out
  TUNIX_RUN_CONFIG    a JSON file: learningRate, epochs, batchSize, seed, evalFraction, params...
  TUNIX_OUTPUT_DIR    files left here become the run's artifacts (this one writes model.json and
                      predictions.jsonl: {"traceId": <the record's id>, "prediction": "..."} per
                      held-out trace, the model's answer to its prompt, which judges score)

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
MODEL_TURN = "<start_of_turn>model\n"  # tunix_sft: the user turn, then the model's turn to answer
ANSWER_MARK = "Answer: "
END_OF_TURN = "<end_of_turn>"
MAX_REASONING_CHARS = 512
MAX_ANSWER_CHARS = 128

stop_requested = False


def request_stop(_signum, _frame):
    global stop_requested
    stop_requested = True


def held_out_indices(records, path, rng, eval_fraction):
    if path:
        with open(path, encoding="utf-8") as lines:
            ids = {line.strip() for line in lines if line.strip()}
        return {i for i, (record_id, _) in enumerate(records) if record_id in ids}
    order = list(range(len(records)))
    rng.shuffle(order)
    return set(order[: min(len(records) - 1, max(1, round(len(records) * eval_fraction)))])


def load_records(path):
    records = []
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                record = json.loads(line)
                text = record.get("prompts") or " ".join(str(v) for v in record.values())
                records.append((str(record.get("id", len(records))), text))
    return records


def greedy(weights, vocab, index, context, max_chars, stop):
    """Continues context with the most likely next character until stop(generated) or max_chars."""
    previous = index.get(context[-1], 0) if context else 0
    generated = ""
    while len(generated) < max_chars and not stop(generated):
        row = weights[previous]
        previous = max(range(1, len(vocab)), key=row.__getitem__)  # never "<unk>"
        generated += vocab[previous]
    return generated


def predict_answer(weights, vocab, index, text):
    """The model's answer to a tunix_sft record's prompt: reasoning, then "Answer: ..." to the end of the turn."""
    context = text[: text.index(MODEL_TURN) + len(MODEL_TURN)] if MODEL_TURN in text else text
    reasoning = greedy(weights, vocab, index, context, MAX_REASONING_CHARS, lambda g: g.endswith(ANSWER_MARK))
    context += reasoning if reasoning.endswith(ANSWER_MARK) else reasoning + "\n" + ANSWER_MARK
    answer = greedy(weights, vocab, index, context, MAX_ANSWER_CHARS, lambda g: g.endswith(END_OF_TURN) or g.endswith("\n"))
    return answer.removesuffix(END_OF_TURN).strip()


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

    records = load_records(os.environ["TUNIX_DATASET_PATH"])
    if len(records) < 2:
        print("The dataset is too small to train on: it needs 2 traces or more", file=sys.stderr)
        return 2
    # Whole traces are held out, so that each held-out trace can be answered (predictions.jsonl):
    # the ones the server names (what its evaluations judge), else a seeded random share.
    held_out = held_out_indices(records, os.environ.get("TUNIX_HELD_OUT_PATH"), rng, eval_fraction)
    train_texts = [text for i, (_, text) in enumerate(records) if i not in held_out]
    eval_records = [record for i, record in enumerate(records) if i in held_out]
    counts = Counter(char for text in train_texts for char in text)
    vocab = ["<unk>"] + [char for char, _ in counts.most_common(VOCAB_SIZE - 1)]
    index = {char: i for i, char in enumerate(vocab)}

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

    output_dir = os.environ["TUNIX_OUTPUT_DIR"]
    with open(os.path.join(output_dir, "model.json"), "w", encoding="utf-8") as file:
        json.dump({"kind": "char-bigram", "complete": not stop_requested, "steps": step, "vocab": vocab, "weights": weights}, file)
    if stop_requested:
        print(f"SIGTERM: stopped after step {step}; saved the model so far", flush=True)
        return 143
    with open(os.path.join(output_dir, "predictions.jsonl"), "w", encoding="utf-8") as file:
        for trace_id, text in eval_records:
            prediction = predict_answer(weights, vocab, index, text)
            file.write(json.dumps({"traceId": trace_id, "prediction": prediction}) + "\n")
    print(f"wrote predictions.jsonl: answers to {len(eval_records)} held-out traces", flush=True)
    print(f"done: {step} steps, eval loss {eval_loss:.4f}, accuracy {accuracy:.3f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
