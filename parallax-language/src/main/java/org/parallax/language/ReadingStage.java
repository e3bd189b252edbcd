package org.parallax.language;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A last stage that adds nothing and hands each article's context to a reader: for tools (training, tests) that need
 * what a stage would compute from the layers before it (its candidates, its features) rather than what it adds.
 *
 * <p>Contract: requires the given layers, provides none; {@link #process} calls the reader once per article, from the
 * thread that annotates it, so a reader used over many threads must be safe for that.
 */
public final class ReadingStage implements Stage {

    private final String name;
    private final Set<Layer> requires;
    private final Consumer<AnnotationContext> reader;

    public ReadingStage(String name, Set<Layer> requires, Consumer<AnnotationContext> reader) {
        this.name = Objects.requireNonNull(name, "name");
        this.requires = requires.isEmpty() ? EnumSet.noneOf(Layer.class) : EnumSet.copyOf(requires);
        this.reader = Objects.requireNonNull(reader, "reader");
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.copyOf(requires);
    }

    @Override
    public Set<Layer> provides() {
        return EnumSet.noneOf(Layer.class);
    }

    @Override
    public void process(AnnotationContext context) {
        reader.accept(context);
    }
}
