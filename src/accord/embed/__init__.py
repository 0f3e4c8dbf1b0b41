"""embed: the sentence encoder, loaded once, cached per run."""
from accord.embed.encoder import Encoder, load_model, model_path

__all__ = ["Encoder", "load_model", "model_path"]
