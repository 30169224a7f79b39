// The package's Vue types: its tags in templates, with their props and typed events.
import type {} from 'license-widgets/vue';
