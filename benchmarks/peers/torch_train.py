#!/usr/bin/python3
"""The peer of `relulab train` for scripts/bench.sh: the same network trained on the same data
(the CSV `relulab train --write-data` wrote) with PyTorch, in eager mode on one thread, with the
same batch size, optimizer, learning rate and number of steps. Prints one JSON line like ours.

Same as relulab: float64; He-normal weights (gain for the activation's negative slope) and zero
biases; PReLU slopes per unit starting at 0.25; maxout as one Linear with width * k rows,
unit-major, and the max over each unit's k pieces; a new random order of the examples every
epoch with a short last batch (DataLoader without drop_last); mean binary cross-entropy from the
logit for labels 0/1, mean squared error for regression; SGD, momentum 0.9 (PyTorch's form) or
Adam (0.9, 0.999, 1e-8). The random numbers differ from ours, so the losses are similar, not
equal.

Debian package: python3-torch (run with Debian's /usr/bin/python3).
"""

import argparse
import csv
import json
import math
import sys
import time

import torch
from torch import nn


def read_csv(path):
    with open(path, newline="") as f:
        rows = list(csv.reader(f))
    header, rows = rows[0], [r for r in rows[1:] if r]
    columns = len(header)
    if columns not in (2, 3):
        sys.exit(f"{path}: expected x,y or x1,x2,label columns, got {header}")
    x = torch.tensor([[float(v) for v in r[:-1]] for r in rows])
    y = torch.tensor([[float(r[-1])] for r in rows])
    return x, y, columns == 3


class Maxout(nn.Module):
    def __init__(self, fan_in, width, pieces):
        super().__init__()
        self.width, self.pieces = width, pieces
        self.linear = nn.Linear(fan_in, width * pieces)

    def forward(self, x):
        return self.linear(x).view(-1, self.width, self.pieces).max(dim=2).values


def build(inputs, hidden, activation, alpha, pieces):
    negative_slope = {"leaky": alpha, "prelu": 0.25}.get(activation, 0.0)
    gain = math.sqrt(2.0 / (1.0 + negative_slope**2))
    layers, fan_in = [], inputs
    for width in hidden:
        if activation == "maxout":
            block = Maxout(fan_in, width, pieces)
            layers.append(block)
            linear = block.linear
        else:
            linear = nn.Linear(fan_in, width)
            layers.append(linear)
            layers.append(
                {
                    "relu": lambda: nn.ReLU(),
                    "leaky": lambda: nn.LeakyReLU(alpha),
                    "prelu": lambda: nn.PReLU(width, init=0.25),
                }[activation]()
            )
        nn.init.normal_(linear.weight, std=gain / math.sqrt(fan_in))
        nn.init.zeros_(linear.bias)
        fan_in = width
    out = nn.Linear(fan_in, 1)
    nn.init.normal_(out.weight, std=gain / math.sqrt(fan_in))
    nn.init.zeros_(out.bias)
    layers.append(out)
    return nn.Sequential(*layers)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", required=True, help="CSV from relulab train --write-data")
    parser.add_argument("--hidden", default="8,8")
    parser.add_argument("--activation", default="relu", choices=["relu", "leaky", "prelu", "maxout"])
    parser.add_argument("--alpha", type=float, default=0.01)
    parser.add_argument("--pieces", type=int, default=2)
    parser.add_argument("--optimizer", default="sgd", choices=["sgd", "momentum", "adam"])
    parser.add_argument("--lr", type=float, default=0.1)
    parser.add_argument("--batch", type=int, default=10)
    parser.add_argument("--steps", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    torch.set_num_threads(1)
    torch.set_default_dtype(torch.float64)
    torch.manual_seed(args.seed)
    x, y, classification = read_csv(args.data)
    x, y = x.to(torch.float64), y.to(torch.float64)
    hidden = [int(w) for w in args.hidden.split(",")]
    model = build(x.shape[1], hidden, args.activation, args.alpha, args.pieces)
    loss_fn = nn.BCEWithLogitsLoss() if classification else nn.MSELoss()
    if args.optimizer == "adam":
        optimizer = torch.optim.Adam(model.parameters(), lr=args.lr)
    else:
        momentum = 0.9 if args.optimizer == "momentum" else 0.0
        optimizer = torch.optim.SGD(model.parameters(), lr=args.lr, momentum=momentum)

    n = x.shape[0]
    batch = min(args.batch, n)
    order, cursor, examples = torch.randperm(n), 0, 0
    start = time.perf_counter()
    for _ in range(args.steps):
        if cursor >= n:
            order, cursor = torch.randperm(n), 0
        index = order[cursor : cursor + batch]
        cursor += batch
        optimizer.zero_grad(set_to_none=True)
        loss = loss_fn(model(x[index]), y[index])
        loss.backward()
        optimizer.step()
        examples += index.shape[0]
    seconds = time.perf_counter() - start

    with torch.no_grad():
        final = loss_fn(model(x), y).item()
    print(
        json.dumps(
            {
                "peer": "pytorch",
                "torch": torch.__version__,
                "threads": torch.get_num_threads(),
                "net": "-".join([str(x.shape[1])] + [str(w) for w in hidden] + ["1"]),
                "activation": args.activation if args.activation != "maxout" else f"maxout{args.pieces}",
                "batch": batch,
                "optimizer": args.optimizer,
                "lr": args.lr,
                "steps": args.steps,
                "examples": examples,
                "seconds": round(seconds, 4),
                "examples_per_s": round(examples / seconds),
                "loss": final if math.isfinite(final) else None,
            }
        )
    )


if __name__ == "__main__":
    main()
