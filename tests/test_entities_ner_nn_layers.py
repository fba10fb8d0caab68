"""The numpy layers of the neural NER tagger give what PyTorch gives with the same weights, and the
decoders respect IOB2 («I-PER» never starts a name)."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from marsad.entities.ner_nn import TAGS, to_iob2
from marsad.entities.nn_layers import BiLstm, DilatedCnn, decode_crf, decode_softmax, iob_constraints

LENS = np.array([5, 3, 1])  # longest first, as the tagger batches them


def test_bilstm_matches_pytorch():
    torch = pytest.importorskip("torch")
    torch.manual_seed(0)
    lstm = torch.nn.LSTM(6, 4, batch_first=True, bidirectional=True)
    x = torch.randn(int(LENS.sum()), 6)
    w = {k: v.detach().numpy() for k, v in lstm.state_dict().items()}
    w = {"lstm." + k: v for k, v in w.items()}
    got = BiLstm(w)(x.numpy(), LENS)
    lo = 0
    for n in LENS.tolist():
        ref, _ = lstm(x[None, lo : lo + n])
        np.testing.assert_allclose(got[lo : lo + n], ref[0].detach().numpy(), atol=1e-5)
        lo += n


def test_dilated_cnn_matches_pytorch():
    torch = pytest.importorskip("torch")
    torch.manual_seed(1)
    convs = [torch.nn.Conv1d(6, 8, 3, padding=1, dilation=1), torch.nn.Conv1d(8, 8, 3, padding=2, dilation=2)]
    x = torch.randn(int(LENS.sum()), 6)
    cnn = DilatedCnn([(c.weight.detach().numpy(), c.bias.detach().numpy(), c.dilation[0]) for c in convs])
    got = cnn(x.numpy(), LENS)
    lo = 0
    for n in LENS.tolist():
        h = x[lo : lo + n].T[None]
        for c in convs:
            y = torch.relu(c(h))
            h = y + h if y.shape[1] == h.shape[1] else y
        np.testing.assert_allclose(got[lo : lo + n], h[0].T.detach().numpy(), atol=1e-5)
        lo += n


def test_crf_viterbi_and_marginals_match_brute_force():
    rng = np.random.default_rng(3)
    k = 3
    tags = ("O", "B-PER", "I-PER")
    trans, start, end = rng.normal(size=(k, k)), rng.normal(size=k), rng.normal(size=k)
    lens = np.array([4, 3, 2])
    em = rng.normal(size=(int(lens.sum()), k))
    path, marg = decode_crf(em, lens, trans, start, end)
    lo = 0
    for n in lens.tolist():
        e = em[lo : lo + n]
        scores = {}
        for seq in itertools.product(range(k), repeat=n):
            s = start[seq[0]] + end[seq[-1]] + sum(e[t, y] for t, y in enumerate(seq))
            s += sum(trans[a, b] for a, b in itertools.pairwise(seq))
            scores[seq] = s
        best = max(scores, key=scores.get)
        assert tuple(path[lo : lo + n].tolist()) == best
        z = np.logaddexp.reduce(list(scores.values()))
        if not any(best):  # no name in the sentence (tag 0 is O): marginals are not computed
            assert marg[lo : lo + n].tolist() == [1.0] * n
            lo += n
            continue
        for t in range(n):
            m = np.exp(np.logaddexp.reduce([v for s, v in scores.items() if s[t] == best[t]]) - z)
            assert marg[lo + t] == pytest.approx(m, abs=1e-6)
        lo += n
    assert iob_constraints(tags)[0, 2] == False  # noqa: E712  O → I-PER is not allowed


def test_softmax_decoding_repairs_iob():
    logits = np.full((4, len(TAGS)), -5.0)
    logits[0, TAGS.index("I-PER")] = 5  # a sentence starting with I-PER
    logits[1, TAGS.index("I-PER")] = 5
    logits[2, TAGS.index("O")] = 5
    logits[3, TAGS.index("I-LOC")] = 5  # after O
    ids, conf = decode_softmax(logits, np.array([4]), TAGS)
    assert [TAGS[i] for i in ids] == ["B-PER", "I-PER", "O", "B-LOC"]
    assert all(0.99 < c <= 1.0 for c in conf)
    assert to_iob2(["I-PER", "I-PER", "O", "I-LOC", "I-ORG"]) == ["B-PER", "I-PER", "O", "B-LOC", "B-ORG"]
