package dev.newsflow.enrich.segment;

/** Cuts Chinese text into words and sentences. Implementations load their models once per process. */
public interface Segmenter {

    Segmentation segment(String text);
}
