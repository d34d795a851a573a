#!/usr/bin/env python3
"""A PyTorch trainer for tunix-rt's COMMAND executor: a small character-level causal language
model (a decoder-only transformer) trained from scratch on the run's tunix_sft export.

It follows the same contract as tiny_trainer.py (trainer_contract.py); its TUNIX_RUN_CONFIG
also reads maxSeqLength and params {stepsPerEpoch, blockSize, dModel, layers, heads,
maxReasoningChars, maxAnswerChars}. Its artifacts: model.pt (the state dict), model.json
(vocabulary and shape, to load it again) and predictions.jsonl.

SIGTERM (cancel, timeout) stops it after the current step; it saves the weights so far and exits with 143.
The optimiser is AdamW with gradient clipping, so learningRate wants 1e-3 to 3e-2 (the server's
default 0.5 is the builtin trainer's). Threads: OMP_NUM_THREADS (default 1).
"""

import math
import os
import random
import sys

import torch
from torch import nn
import trainer_contract as contract

VOCAB_CHARS = 95  # the most frequent training characters; the others share one "unknown" slot
EVAL_WINDOWS = 32


class CharTransformer(nn.Module):
    """Token and position embeddings, causal self-attention blocks, a linear head."""

    def __init__(self, vocab_size, block_size, d_model, layers, heads):
        super().__init__()
        self.block_size = block_size
        self.tokens = nn.Embedding(vocab_size, d_model)
        self.positions = nn.Embedding(block_size, d_model)
        layer = nn.TransformerEncoderLayer(
            d_model, heads, dim_feedforward=4 * d_model, dropout=0.0, batch_first=True, norm_first=True
        )
        self.blocks = nn.TransformerEncoder(layer, layers)
        self.norm = nn.LayerNorm(d_model)
        self.head = nn.Linear(d_model, vocab_size)
        mask = torch.triu(torch.full((block_size, block_size), float("-inf")), diagonal=1)
        self.register_buffer("causal_mask", mask, persistent=False)

    def forward(self, ids):
        length = ids.shape[1]
        x = self.tokens(ids) + self.positions(torch.arange(length, device=ids.device))
        x = self.blocks(x, mask=self.causal_mask[:length, :length])
        return self.head(self.norm(x))


def windows(stream, block_size, count, rng):
    """`count` random (input, target) windows of the encoded stream, as tensors."""
    starts = [rng.randrange(len(stream) - block_size) for _ in range(count)]
    inputs = torch.tensor([stream[s : s + block_size] for s in starts])
    targets = torch.tensor([stream[s + 1 : s + block_size + 1] for s in starts])
    return inputs, targets


@torch.no_grad()
def evaluate(model, inputs, targets):
    logits = model(inputs)
    loss = nn.functional.cross_entropy(logits.reshape(-1, logits.shape[-1]), targets.reshape(-1))
    accuracy = (logits.argmax(-1) == targets).float().mean()
    return loss.item(), accuracy.item()


@torch.no_grad()
def greedy(model, vocab, index, context, max_chars, stop):
    """Continues context with the most likely next character until stop(generated) or max_chars."""
    ids = [index.get(char, 0) for char in context] or [0]
    generated = ""
    while len(generated) < max_chars and not stop(generated) and not contract.stop_requested():
        logits = model(torch.tensor([ids[-model.block_size :]]))[0, -1]
        logits[0] = float("-inf")  # never "<unk>"
        next_id = int(logits.argmax())
        ids.append(next_id)
        generated += vocab[next_id]
    return generated


def main():
    contract.stop_on_sigterm()
    torch.set_num_threads(int(os.environ.get("OMP_NUM_THREADS") or 1))
    config, params = contract.read_run_config()
    learning_rate = float(config.get("learningRate", 3e-3))
    epochs = int(config.get("epochs", 1))
    batch_size = int(config.get("batchSize", 16))
    weight_decay = float(config.get("weightDecay", 0.0))
    eval_fraction = float(config.get("evalFraction", 0.1))
    seed = int(config.get("seed", 42))
    steps_per_epoch = int(params.get("stepsPerEpoch", 50))
    block_size = min(int(params.get("blockSize", 64)), int(config.get("maxSeqLength", 2048)))
    d_model = int(params.get("dModel", 64))
    layers = int(params.get("layers", 2))
    heads = int(params.get("heads", 2))
    max_reasoning = int(params.get("maxReasoningChars", 512))
    max_answer = int(params.get("maxAnswerChars", 128))
    rng = random.Random(seed)
    torch.manual_seed(seed)

    records = contract.load_records(os.environ["TUNIX_DATASET_PATH"])
    if len(records) < 2:
        print("The dataset is too small to train on: it needs 2 traces or more", file=sys.stderr)
        return 2
    train_texts, eval_records = contract.split_records(records, rng, eval_fraction)
    vocab, index = contract.vocabulary(train_texts, VOCAB_CHARS)

    def encode(texts):
        return [index.get(char, 0) for char in "\n".join(texts)]

    train_stream = encode(train_texts)
    eval_stream = encode(text for _, text in eval_records)
    if len(train_stream) <= block_size + 1 or len(eval_stream) <= block_size + 1:
        print(f"The dataset is too small to train on: both splits need more than {block_size + 1} characters", file=sys.stderr)
        return 2
    eval_inputs, eval_targets = windows(eval_stream, block_size, EVAL_WINDOWS, random.Random(seed + 1))

    model = CharTransformer(len(vocab), block_size, d_model, layers, heads)
    optimizer = torch.optim.AdamW(model.parameters(), lr=learning_rate, weight_decay=weight_decay)
    parameters = sum(p.numel() for p in model.parameters())
    print(
        f"torch {torch.__version__}: {len(records)} traces ({len(eval_records)} held out), vocab {len(vocab)}, "
        f"{parameters} parameters, {epochs} epochs x {steps_per_epoch} steps of {batch_size} x {block_size} chars",
        flush=True,
    )

    model.eval()
    eval_loss, accuracy = evaluate(model, eval_inputs, eval_targets)
    contract.metric(step=0, epoch=0, evalLoss=eval_loss, evalAccuracy=accuracy)
    step = 0
    for epoch in range(epochs):
        model.train()
        for _ in range(steps_per_epoch):
            if contract.stop_requested():
                break
            inputs, targets = windows(train_stream, block_size, batch_size, rng)
            logits = model(inputs)
            loss = nn.functional.cross_entropy(logits.reshape(-1, logits.shape[-1]), targets.reshape(-1))
            if not math.isfinite(loss.item()):
                print(f"Training diverged at step {step + 1}: the loss became {loss.item()}; lower learningRate", file=sys.stderr)
                return 1
            optimizer.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            step += 1
            if step % 10 == 0:
                contract.metric(step=step, epoch=round(step / steps_per_epoch, 3), trainLoss=loss.item())
        if contract.stop_requested():
            break
        model.eval()
        eval_loss, accuracy = evaluate(model, eval_inputs, eval_targets)
        contract.metric(step=step, epoch=epoch + 1, evalLoss=eval_loss, evalAccuracy=accuracy)

    torch.save(model.state_dict(), os.path.join(os.environ["TUNIX_OUTPUT_DIR"], "model.pt"))
    model.eval()

    def continue_text(context, max_chars, stop):
        return greedy(model, vocab, index, context, max_chars, stop)

    def predict(text):
        return contract.predict_answer(continue_text, text, max_reasoning, max_answer)

    shape = {"blockSize": block_size, "dModel": d_model, "layers": layers, "heads": heads}
    return contract.finish({"kind": "char-transformer", "vocab": vocab, **shape}, step, eval_records, predict, eval_loss, accuracy)


if __name__ == "__main__":
    sys.exit(main())
