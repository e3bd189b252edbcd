package org.parallax.evaluation.attribution;

import java.util.Set;
import org.parallax.language.Layer;
import org.parallax.language.Stage;

/** A stage that stands in for another: same name and layers; subclasses say how it processes. */
abstract class ForwardingStage implements Stage {

    private final Stage stage;

    ForwardingStage(Stage stage) {
        this.stage = stage;
    }

    /** The stage stood in for. */
    final Stage stage() {
        return stage;
    }

    @Override
    public final String name() {
        return stage.name();
    }

    @Override
    public final Set<Layer> requires() {
        return stage.requires();
    }

    @Override
    public final Set<Layer> provides() {
        return stage.provides();
    }
}
