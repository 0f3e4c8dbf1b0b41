"""segment: sentences with character spans (quotations are found in compare.quotes)."""
from accord.segment.sentences import segment, split_sentences

__all__ = ["segment", "split_sentences"]
