"""What tiny_trainer.py and torch_trainer.py share: tunix-rt's COMMAND-executor contract.

  TUNIX_DATASET_PATH  the dataset, JSONL in tunix_sft format ({"id": ..., "prompts": "..."} per line)
  TUNIX_HELD_OUT_PATH the ids of the traces to hold out, one per line (the server's split: its
                      evaluations judge these); without it a seeded random share is held out
  TUNIX_RUN_CONFIG    a JSON file: learningRate, epochs, batchSize, seed, evalFraction, params...
  TUNIX_OUTPUT_DIR    files left here become the run's artifacts; predictions.jsonl holds
                      {"traceId": <the record's id>, "prediction": "..."} per held-out trace

Metric points are stdout lines `@@metric {"step": 10, "trainLoss": 1.2}`; SIGTERM (cancel,
timeout) asks the trainer to stop after its current step and exit with 143.
"""

import json
import os
import signal
from collections import Counter

MODEL_TURN = "<start_of_turn>model\n"  # tunix_sft: the user turn, then the model's turn to answer
ANSWER_MARK = "Answer: "
END_OF_TURN = "<end_of_turn>"
UNKNOWN = "<unk>"  # slot 0 of every vocabulary: the characters it leaves out

_stop_requested = False


def _request_stop(_signum, _frame):
    global _stop_requested
    _stop_requested = True


def stop_on_sigterm():
    signal.signal(signal.SIGTERM, _request_stop)


def stop_requested():
    return _stop_requested


def metric(**values):
    print("@@metric " + json.dumps(values), flush=True)


def read_run_config():
    """The run's config (TUNIX_RUN_CONFIG) and its params object."""
    with open(os.environ["TUNIX_RUN_CONFIG"], encoding="utf-8") as file:
        config = json.load(file)
    return config, config.get("params") or {}


def load_records(path):
    """(id, text) per JSONL line; a record without "prompts" is read as its values joined."""
    records = []
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                record = json.loads(line)
                text = record.get("prompts") or " ".join(str(v) for v in record.values())
                records.append((str(record.get("id", len(records))), text))
    return records


def held_out_indices(records, path, rng, eval_fraction):
    if path:
        with open(path, encoding="utf-8") as lines:
            ids = {line.strip() for line in lines if line.strip()}
        return {i for i, (record_id, _) in enumerate(records) if record_id in ids}
    order = list(range(len(records)))
    rng.shuffle(order)
    return set(order[: min(len(records) - 1, max(1, round(len(records) * eval_fraction)))])


def split_records(records, rng, eval_fraction):
    """Training texts and held-out (id, text) records. Whole traces are held out, so that each
    held-out trace can be answered (predictions.jsonl): the ones the server names (what its
    evaluations judge), else a seeded random share."""
    held_out = held_out_indices(records, os.environ.get("TUNIX_HELD_OUT_PATH"), rng, eval_fraction)
    train_texts = [text for i, (_, text) in enumerate(records) if i not in held_out]
    eval_records = [record for i, record in enumerate(records) if i in held_out]
    return train_texts, eval_records


def vocabulary(texts, known_chars):
    """The `known_chars` most frequent characters after UNKNOWN, and each one's index."""
    counts = Counter(char for text in texts for char in text)
    vocab = [UNKNOWN] + [char for char, _ in counts.most_common(known_chars)]
    return vocab, {char: i for i, char in enumerate(vocab)}


def predict_answer(greedy, text, max_reasoning, max_answer):
    """The model's answer to a tunix_sft record's prompt: reasoning, then "Answer: ..." to the end
    of the turn. greedy(context, max_chars, stop) continues context until stop(generated)."""
    context = text[: text.index(MODEL_TURN) + len(MODEL_TURN)] if MODEL_TURN in text else text
    reasoning = greedy(context, max_reasoning, lambda g: g.endswith(ANSWER_MARK))
    context += reasoning if reasoning.endswith(ANSWER_MARK) else reasoning + "\n" + ANSWER_MARK
    answer = greedy(context, max_answer, lambda g: g.endswith(END_OF_TURN) or g.endswith("\n"))
    return answer.removesuffix(END_OF_TURN).strip()


def finish(model, step, eval_records, predict, eval_loss, accuracy):
    """Writes model.json (the `model` fields, whether training completed, its steps); after a
    SIGTERM returns 143, else writes predictions.jsonl (predict(text) per held-out record)."""
    output_dir = os.environ["TUNIX_OUTPUT_DIR"]
    with open(os.path.join(output_dir, "model.json"), "w", encoding="utf-8") as file:
        json.dump({"kind": model.pop("kind"), "complete": not _stop_requested, "steps": step, **model}, file)
    if _stop_requested:
        print(f"SIGTERM: stopped after step {step}; saved the model so far", flush=True)
        return 143
    with open(os.path.join(output_dir, "predictions.jsonl"), "w", encoding="utf-8") as file:
        for trace_id, text in eval_records:
            prediction = predict(text)
            if _stop_requested:
                print("SIGTERM: stopped while writing predictions", flush=True)
                return 143
            file.write(json.dumps({"traceId": trace_id, "prediction": prediction}) + "\n")
    print(f"wrote predictions.jsonl: answers to {len(eval_records)} held-out traces", flush=True)
    print(f"done: {step} steps, eval loss {eval_loss:.4f}, accuracy {accuracy:.3f}", flush=True)
    return 0
