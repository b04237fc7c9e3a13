// Types for Vite and crxjs import forms (`?iife` gives the built file's path).
/// <reference types="vite/client" />
/// <reference types="@crxjs/vite-plugin/client" />
